//! Figures as the generator writes them — counts, percentages, sums of money — each with its exact value,
//! and written in a house's style: `1,200` or `1200`, `37 per cent` or `37%`, `£4.2 million` or `£4.2m`.

use serde::Serialize;

use super::random::Random;

/// What a figure counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum FigureUnit {
    #[serde(rename = "count")]
    Count,
    #[serde(rename = "percent")]
    Percent,
    #[serde(rename = "GBP")]
    Pounds,
    #[serde(rename = "USD")]
    Dollars,
    #[serde(rename = "EUR")]
    Euros,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scale {
    Million,
    Billion,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Currency {
    Pounds,
    Dollars,
    Euros,
}

/// A sum of money: whole units (`£1,500`) or tenths of a million or billion (`£4.2 million`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Amount {
    Whole(u64),
    Scaled { tenths: u64, scale: Scale },
}

/// A figure before it is written. Decimal parts are kept as whole tenths, so values are exact and the
/// same on every platform.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Figure {
    /// `800`, `1,200`.
    Count(u64),
    /// `21 million`, `2.5 billion`.
    ScaledCount {
        tenths: u64,
        scale: Scale,
    },
    /// `37 per cent`, `4.5%`.
    Percent {
        tenths: u64,
    },
    Money {
        currency: Currency,
        amount: Amount,
    },
    /// A count joined to its noun: `12,000-seat`.
    Compound {
        count: u64,
        noun: &'static str,
    },
}

/// How a percentage is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PercentForm {
    /// `37 per cent` (British papers)
    PerCent,
    /// `37%`
    Sign,
    /// `37 percent` (American usage)
    Percent,
}

/// A house's way of writing figures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FigureStyle {
    /// `1,200` rather than `1200` (numbers of six digits or more are always grouped).
    pub thousands_separator: bool,
    pub percent: PercentForm,
    /// `£4.2m` and `£2bn` rather than `£4.2 million` and `£2 billion`.
    pub abbreviated_scale: bool,
}

impl FigureStyle {
    /// The style of a light edit of the same text: the separator and the per-cent form flip, as when a
    /// paper retypes a press release's `1200` as `1,200`.
    pub fn edited(self) -> FigureStyle {
        FigureStyle {
            thousands_separator: !self.thousands_separator,
            percent: match self.percent {
                PercentForm::PerCent => PercentForm::Sign,
                PercentForm::Sign | PercentForm::Percent => PercentForm::PerCent,
            },
            abbreviated_scale: self.abbreviated_scale,
        }
    }
}

impl Figure {
    pub fn unit(self) -> FigureUnit {
        match self {
            Figure::Count(_) | Figure::ScaledCount { .. } | Figure::Compound { .. } => {
                FigureUnit::Count
            }
            Figure::Percent { .. } => FigureUnit::Percent,
            Figure::Money { currency, .. } => match currency {
                Currency::Pounds => FigureUnit::Pounds,
                Currency::Dollars => FigureUnit::Dollars,
                Currency::Euros => FigureUnit::Euros,
            },
        }
    }

    /// The exact value: `£4.2 million` is 4,200,000; `37 per cent` is 37.
    pub fn value(self) -> f64 {
        match self {
            Figure::Count(count) | Figure::Compound { count, .. } => count as f64,
            Figure::ScaledCount { tenths, scale } => scaled_value(tenths, scale) as f64,
            Figure::Percent { tenths } => tenths as f64 / 10.0,
            Figure::Money { amount, .. } => match amount {
                Amount::Whole(units) => units as f64,
                Amount::Scaled { tenths, scale } => scaled_value(tenths, scale) as f64,
            },
        }
    }

    /// The figure as it stands in the text.
    pub fn literal(self, style: FigureStyle) -> String {
        match self {
            Figure::Count(count) => whole_number(count, style),
            Figure::ScaledCount { tenths, scale } => {
                let word = match scale {
                    Scale::Million => "million",
                    Scale::Billion => "billion",
                };
                format!("{} {word}", tenths_number(tenths))
            }
            Figure::Percent { tenths } => {
                let number = tenths_number(tenths);
                match style.percent {
                    PercentForm::PerCent => format!("{number} per cent"),
                    PercentForm::Sign => format!("{number}%"),
                    PercentForm::Percent => format!("{number} percent"),
                }
            }
            Figure::Money { currency, amount } => {
                let symbol = match currency {
                    Currency::Pounds => "£",
                    Currency::Dollars => "$",
                    Currency::Euros => "€",
                };
                match amount {
                    Amount::Whole(units) => format!("{symbol}{}", whole_number(units, style)),
                    Amount::Scaled { tenths, scale } => {
                        let word = match (scale, style.abbreviated_scale) {
                            (Scale::Million, false) => " million",
                            (Scale::Billion, false) => " billion",
                            (Scale::Million, true) => "m",
                            (Scale::Billion, true) => "bn",
                        };
                        format!("{symbol}{}{word}", tenths_number(tenths))
                    }
                }
            }
            Figure::Compound { count, noun } => format!("{}-{noun}", whole_number(count, style)),
        }
    }

    /// A number of things, from a handful to hundreds of thousands, rounded as people round them.
    pub fn random_count(random: &mut Random) -> Figure {
        let count = match random.below(20) {
            0..=4 => random.between(12, 99),
            5..=11 => round_to(random.between(100, 990), 10),
            12..=16 => round_to(random.between(1_000, 9_900), *random.pick(&[10, 50, 100])),
            _ => round_to(
                random.between(10_000, 250_000),
                *random.pick(&[100, 500, 1_000]),
            ),
        };
        Figure::Count(count)
    }

    /// A count in millions: `21 million`, `2.5 million`.
    pub fn random_scaled_count(random: &mut Random) -> Figure {
        let tenths = random.between(11, 480);
        let tenths = if tenths >= 100 {
            round_to(tenths, 10)
        } else {
            tenths
        };
        Figure::ScaledCount {
            tenths,
            scale: Scale::Million,
        }
    }

    pub fn random_percent(random: &mut Random) -> Figure {
        let tenths = if random.percent(15) {
            random.between(15, 480)
        } else {
            random.between(3, 92) * 10
        };
        Figure::Percent { tenths }
    }

    pub fn random_money(random: &mut Random) -> Figure {
        let currency = random.weighted(&[
            (80, Currency::Pounds),
            (12, Currency::Dollars),
            (8, Currency::Euros),
        ]);
        let amount = match random.below(20) {
            0..=3 => Amount::Whole(round_to(random.between(40, 950), 10)),
            4..=10 => Amount::Whole(round_to(
                random.between(1_500, 950_000),
                *random.pick(&[500, 1_000, 10_000]),
            )),
            11..=18 => {
                let tenths = random.between(2, 950);
                Amount::Scaled {
                    tenths: if tenths >= 100 {
                        round_to(tenths, 10)
                    } else {
                        tenths
                    },
                    scale: Scale::Million,
                }
            }
            _ => Amount::Scaled {
                tenths: random.between(11, 60),
                scale: Scale::Billion,
            },
        };
        Figure::Money { currency, amount }
    }

    /// What something costs: a large sum, in thousands, millions or billions.
    pub fn random_cost(random: &mut Random) -> Figure {
        loop {
            let figure = Figure::random_money(random);
            if let Figure::Money {
                amount: Amount::Whole(units),
                ..
            } = figure
            {
                if units < 20_000 {
                    continue;
                }
            }
            return figure;
        }
    }

    /// A household-sized sum: `£240`.
    pub fn random_small_money(random: &mut Random) -> Figure {
        Figure::Money {
            currency: random.weighted(&[(88, Currency::Pounds), (12, Currency::Euros)]),
            amount: Amount::Whole(round_to(random.between(20, 950), 5)),
        }
    }

    /// A compound such as `12,000-seat`, between the sizes that make sense for its noun.
    pub fn random_compound(random: &mut Random, noun: &'static str, low: u64, high: u64) -> Figure {
        let count = random.between(low, high);
        let rounding = match count {
            0..=99 => 1,
            100..=999 => 10,
            _ => 500,
        };
        Figure::Compound {
            count: round_to(count, rounding).max(low),
            noun,
        }
    }
}

fn scaled_value(tenths: u64, scale: Scale) -> u64 {
    match scale {
        Scale::Million => tenths * 100_000,
        Scale::Billion => tenths * 100_000_000,
    }
}

fn round_to(number: u64, step: u64) -> u64 {
    (number / step).max(1) * step
}

/// `42` tenths as `4.2`, `210` tenths as `21`.
fn tenths_number(tenths: u64) -> String {
    if tenths.is_multiple_of(10) {
        (tenths / 10).to_string()
    } else {
        format!("{}.{}", tenths / 10, tenths % 10)
    }
}

fn whole_number(number: u64, style: FigureStyle) -> String {
    let digits = number.to_string();
    if digits.len() <= 3 || (!style.thousands_separator && digits.len() <= 5) {
        return digits;
    }
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    grouped
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::expect;

    const BRITISH: FigureStyle = FigureStyle {
        thousands_separator: true,
        percent: PercentForm::PerCent,
        abbreviated_scale: false,
    };

    #[test]
    fn figures_are_written_with_their_values() {
        let figures = [
            Figure::Count(800),
            Figure::Count(1_200),
            Figure::Count(250_000),
            Figure::ScaledCount {
                tenths: 210,
                scale: Scale::Million,
            },
            Figure::Percent { tenths: 370 },
            Figure::Percent { tenths: 45 },
            Figure::Money {
                currency: Currency::Pounds,
                amount: Amount::Scaled {
                    tenths: 42,
                    scale: Scale::Million,
                },
            },
            Figure::Money {
                currency: Currency::Dollars,
                amount: Amount::Scaled {
                    tenths: 100,
                    scale: Scale::Million,
                },
            },
            Figure::Money {
                currency: Currency::Euros,
                amount: Amount::Whole(300),
            },
            Figure::Compound {
                count: 12_000,
                noun: "seat",
            },
        ];
        let abbreviated = FigureStyle {
            abbreviated_scale: true,
            ..BRITISH.edited()
        };
        let written: Vec<String> = figures
            .iter()
            .map(|figure| {
                format!(
                    "{} | {} | {} {:?}",
                    figure.literal(BRITISH),
                    figure.literal(abbreviated),
                    figure.value(),
                    figure.unit()
                )
            })
            .collect();
        expect![[r#"
            [
                "800 | 800 | 800 Count",
                "1,200 | 1200 | 1200 Count",
                "250,000 | 250,000 | 250000 Count",
                "21 million | 21 million | 21000000 Count",
                "37 per cent | 37% | 37 Percent",
                "4.5 per cent | 4.5% | 4.5 Percent",
                "£4.2 million | £4.2m | 4200000 Pounds",
                "$10 million | $10m | 10000000 Dollars",
                "€300 | €300 | 300 Euros",
                "12,000-seat | 12000-seat | 12000 Count",
            ]
        "#]]
        .assert_debug_eq(&written);
    }
}
