//! User Timing marks and measures: how the browser benchmarks (scripts/bench-*.mjs) read what the app did
//! and when, through `performance.getEntriesByName`. Each costs microseconds.

/// Marks a moment.
pub fn mark(name: &str) {
    if let Some(performance) = gloo::utils::window().performance() {
        let _ = performance.mark(name);
    }
}

/// Runs `work`, recording how long it took as the measure `name` (from the mark `{name}:start`).
pub fn measured<T>(name: &str, work: impl FnOnce() -> T) -> T {
    let performance = gloo::utils::window().performance();
    let start = format!("{name}:start");
    if let Some(performance) = &performance {
        let _ = performance.mark(&start);
    }
    let value = work();
    if let Some(performance) = &performance {
        let _ = performance.measure_with_start_mark(name, &start);
    }
    value
}
