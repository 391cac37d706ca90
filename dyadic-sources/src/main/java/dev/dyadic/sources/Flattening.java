package dev.dyadic.sources;

import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Function;

/** The records of many inputs one after the other, opening each input only when the one before it is done. */
final class Flattening<T> implements Iterator<SourceRecord> {
    private final Iterator<T> inputs;
    private final Function<T, Iterator<SourceRecord>> reader;
    private Iterator<SourceRecord> current = Collections.emptyIterator();

    Flattening(Iterator<T> inputs, Function<T, Iterator<SourceRecord>> reader) {
        this.inputs = inputs;
        this.reader = reader;
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext()) {
            if (!inputs.hasNext()) {
                return false;
            }
            current = reader.apply(inputs.next());
        }
        return true;
    }

    @Override
    public SourceRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return MissingDate.complete(current.next());
    }
}
