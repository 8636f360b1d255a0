//! The browser entry point: set the panic hook (the console, and a notice in the page) and mount the app;
//! nothing else.

#[cfg(target_arch = "wasm32")]
fn main() {
    quoteline::ui::install_panic_notice();
    leptos::mount::mount_to_body(quoteline::ui::App);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "quoteline-web runs in the browser: build it with `trunk build`, or run `./dev serve`."
    );
    std::process::exit(2);
}
