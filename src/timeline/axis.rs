//! Axis ticks.
pub struct Axis;
pub struct AxisConfig;
pub struct Tick;
pub enum TickUnit {}
pub fn axis() {}
