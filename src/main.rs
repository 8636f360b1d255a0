//! The browser entry point: set the panic hook and mount the app; nothing else.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(quoteline::ui::App);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "quoteline-web runs in the browser: build it with `trunk build`, or run `./dev serve`."
    );
    std::process::exit(2);
}
