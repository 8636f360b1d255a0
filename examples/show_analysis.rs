fn main() {
    let (corpus, _) = quoteline::bundled::bundled_corpus();
    let analysis = quoteline::analysis::analyze(&corpus);
    for quote in &analysis.quotes {
        let document = corpus.document(&quote.document).unwrap();
        let speaker = analysis
            .speaker_of(quote)
            .map_or("?".to_owned(), |s| s.name.clone());
        let text = quote.text(&document.text);
        let short: String = text.chars().take(70).collect();
        println!(
            "{} parts={} {:?} [{}] {:?} {:?} | {}",
            quote.id,
            quote.parts.len(),
            quote.kind,
            speaker,
            quote.cue,
            quote.evidence,
            short
        );
    }
    for m in &analysis.matches {
        println!(
            "MATCH {:?} {:?} earliest {:?} {}",
            m.quotes, m.relation, m.earliest, m.earliest_is_certain
        );
        for seg in &m.diff {
            if seg.op != quoteline::analysis::DiffKind::Equal {
                println!("   {:?} {}", seg.op, seg.text);
            }
        }
    }
    for speaker in &analysis.speakers {
        println!("{speaker:?}");
    }
}
