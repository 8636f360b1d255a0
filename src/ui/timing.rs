//! User Timing marks and measures: how the browser benchmarks (scripts/bench-*.mjs) read what the app did
//! and when, through `performance.getEntriesByName`. Each costs microseconds.

/// Marks a moment.
pub fn mark(name: &str) {
    if let Some(performance) = gloo::utils::window().performance() {
        let _ = performance.mark(name);
    }
}

/// Runs `work`, recording how long it took as the measure `name`.
pub fn measured<T>(name: &str, work: impl FnOnce() -> T) -> T {
    let measure = Measure::start(name);
    let value = work();
    measure.end();
    value
}

/// A measure begun now (from the mark `{name}:start`) and recorded by [`Measure::end`]: for work that
/// awaits in between, which no closure given to [`measured`] can.
pub struct Measure(String);

impl Measure {
    pub fn start(name: &str) -> Measure {
        let measure = Measure(name.to_owned());
        mark(&measure.start_mark());
        measure
    }

    pub fn end(self) {
        if let Some(performance) = gloo::utils::window().performance() {
            let _ = performance.measure_with_start_mark(&self.0, &self.start_mark());
        }
    }

    fn start_mark(&self) -> String {
        format!("{}:start", self.0)
    }
}
