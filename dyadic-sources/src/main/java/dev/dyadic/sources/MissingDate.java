package dev.dyadic.sources;

import dev.dyadic.model.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Gives an article without a publication date the date its text states, and says so; or says that it has none. */
final class MissingDate {
    private MissingDate() {
    }

    static SourceRecord complete(SourceRecord record) {
        if (!(record instanceof SourceRecord.Read read) || read.article().date() != null) {
            return record;
        }
        Article article = read.article();
        List<String> warnings = new ArrayList<>(read.warnings());
        String where = "text";
        Optional<LocalDate> found = DateInText.find(article.text());
        if (found.isEmpty() && article.title() != null) {
            where = "title";
            found = DateInText.find(article.title());
        }
        if (found.isPresent()) {
            article = article.withDate(found.get());
            warnings.add("no publication date; using " + found.get() + " found in the " + where);
        } else {
            warnings.add("no publication date; relative dates such as 'on Thursday' cannot be resolved");
        }
        return new SourceRecord.Read(article, warnings, read.partOf());
    }
}
