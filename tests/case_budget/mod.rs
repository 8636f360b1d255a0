//! How many cases a property test runs: a few hundred in the test command, as many as `PROPTEST_CASES`
//! asks for a longer run. (A `ProptestConfig` that names its cases ignores the variable, so every
//! property test asks here instead.)

use proptest::test_runner::Config;

/// The config of a property test that runs `cases` unless `PROPTEST_CASES` says otherwise.
pub fn config(cases: u32) -> Config {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|value| value.parse().ok())
        .unwrap_or(cases);
    Config {
        cases,
        ..Config::default()
    }
}
