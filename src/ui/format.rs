//! How numbers read in the interface. Pure, so it is tested natively.

/// A count with thousands separated, as English prose writes it: 1,964.
pub fn grouped(count: usize) -> String {
    let digits = count.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::grouped;

    #[test]
    fn thousands_are_separated_by_commas() {
        let cases = [
            (0, "0"),
            (7, "7"),
            (999, "999"),
            (1000, "1,000"),
            (1964, "1,964"),
            (4_200_000, "4,200,000"),
        ];
        for (count, expected) in cases {
            assert_eq!(grouped(count), expected);
        }
    }
}
