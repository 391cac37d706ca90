package dev.dyadic.nlp;

import dev.dyadic.model.Sentence;

/**
 * The cascade's test: given a sentence with only its cheap annotations (tokens, parts of speech, lemmas; no named
 * entities, dates or parse), may it hold an event? Only sentences that pass get the expensive stages (NER with date
 * normalisation, dependency parse). Implementations must be thread-safe.
 */
@FunctionalInterface
public interface ParseGate {
    /** Every sentence is parsed: the full pipeline, no cascade. */
    ParseGate ALL = sentence -> true;

    boolean needsParse(Sentence tagged);
}
