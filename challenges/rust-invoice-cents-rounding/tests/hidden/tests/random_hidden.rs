use invoice::{parse_amount, Cents};

/// The inputs of randomised tests come from FIXPOINT_SEED (a graded run gets its own and
/// records it, so a run can be replayed); without it a fixed seed keeps a local run
/// reproducible.
fn seeded_rng() -> impl FnMut() -> u64 {
    let seed = std::env::var("FIXPOINT_SEED").unwrap_or_else(|_| "rust-invoice-cents-rounding".into());
    let mut state = seed
        .bytes()
        .fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ b as u64).wrapping_mul(0x100_0000_01b3));
    move || {
        // splitmix64
        state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
}

#[test]
fn random_amounts_parse_to_the_cents_they_spell() {
    let mut next = seeded_rng();
    for _ in 0..5000 {
        let cents = (next() % 1_000_000_000) as i64;
        let (dollars, rest) = (cents / 100, cents % 100);
        let pad = if next() % 4 == 0 { " " } else { "" };
        let (text, want) = match next() % 3 {
            0 => (format!("{pad}{dollars}{pad}"), dollars * 100),
            1 => (format!("{dollars}.{}", rest / 10), dollars * 100 + rest / 10 * 10),
            _ => (format!("{pad}{dollars}.{rest:02}"), cents),
        };
        assert_eq!(parse_amount(&text), Ok(Cents(want)), "parsing {text:?}");
        assert_eq!(Cents(want).to_string(), format!("{}.{:02}", want / 100, want % 100));
    }
}
