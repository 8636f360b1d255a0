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

/// A size in bytes as people read file sizes: "820 kB", "12.3 MB" (decimal units, as browsers show
/// downloads).
pub fn file_size(bytes: u64) -> String {
    if bytes < 1_000 {
        format!("{bytes} bytes")
    } else if bytes < 1_000_000 {
        format!("{} kB", bytes / 1_000)
    } else if bytes < 10_000_000_000 {
        format!("{:.1} MB", bytes as f64 / 1e6)
    } else {
        format!("{} MB", grouped((bytes / 1_000_000) as usize))
    }
}

#[cfg(test)]
mod tests {
    use super::{file_size, grouped};

    #[test]
    fn file_sizes_read_as_downloads_do() {
        let cases = [
            (0, "0 bytes"),
            (999, "999 bytes"),
            (1_000, "1 kB"),
            (820_400, "820 kB"),
            (12_345_678, "12.3 MB"),
            (73_000_000, "73.0 MB"),
            (12_000_000_000, "12,000 MB"),
        ];
        for (bytes, expected) in cases {
            assert_eq!(file_size(bytes), expected);
        }
    }

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
