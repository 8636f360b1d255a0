//! Keyboard.
pub struct Month;
pub enum Move {}
