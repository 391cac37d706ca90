package dev.dyadic.sources;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

/** One record, made when it is first asked for (so that a file is read only when its turn comes). */
final class Once implements Iterator<SourceRecord> {
    private Supplier<SourceRecord> supplier;

    Once(Supplier<SourceRecord> supplier) {
        this.supplier = supplier;
    }

    @Override
    public boolean hasNext() {
        return supplier != null;
    }

    @Override
    public SourceRecord next() {
        if (supplier == null) {
            throw new NoSuchElementException();
        }
        Supplier<SourceRecord> s = supplier;
        supplier = null;
        return s.get();
    }
}
