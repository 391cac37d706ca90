package dev.dyadic.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.QueryParserConstants;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/** Parses the text of a {@link SearchQuery}: Lucene classic syntax over title and text, AND by default. */
final class QueryText {
    private QueryText() {
    }

    /** The parsed query, or {@code null} for blank text. */
    static Query parse(String text, Analyzer analyzer) {
        if (text == null || text.isBlank()) {
            return null;
        }
        MultiFieldQueryParser parser = new MultiFieldQueryParser(IndexSchema.SEARCHED, analyzer,
                Map.of(IndexSchema.TITLE, IndexSchema.TITLE_BOOST, IndexSchema.TEXT, 1f));
        parser.setDefaultOperator(QueryParser.AND_OPERATOR);
        parser.setAllowLeadingWildcard(true);
        try {
            return parser.parse(text);
        } catch (ParseException e) {
            throw new SearchException("Bad search query " + quote(text) + ": " + explain(text, e), e);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new SearchException("Search query " + quote(text) + " has too many terms", e);
        } catch (RuntimeException e) {
            throw new SearchException("Bad search query " + quote(text) + ": " + firstLine(e.getMessage()), e);
        }
    }

    /** The query text in double quotes, on one line. */
    static String quote(String text) {
        return "\"" + (text == null ? "" : text.strip().replaceAll("\\s+", " ")) + "\"";
    }

    /** What is wrong, in one line. */
    private static String explain(String text, ParseException e) {
        Throwable cause = e.getCause();
        if (cause instanceof ParseException pe && pe.currentToken != null && pe.currentToken.next != null) {
            Token next = pe.currentToken.next;
            if (next.kind == QueryParserConstants.EOF) {
                String unclosed = unclosed(text);
                if (unclosed != null) {
                    return unclosed;
                }
                String last = pe.currentToken.image;
                return last == null || last.isEmpty() ? "it is incomplete"
                        : "it ends too early, after \"" + last + "\"";
            }
            return "unexpected \"" + next.image + "\" at character " + (next.beginColumn + 1);
        }
        if (cause instanceof TokenMgrError) {
            String unclosed = unclosed(text);
            if (unclosed != null) {
                return unclosed;
            }
            return firstLine(cause.getMessage());
        }
        String message = firstLine(e.getMessage());
        String prefix = "Cannot parse '" + text + "': ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    /** Says which quote or bracket is left open, or {@code null}. */
    private static String unclosed(String text) {
        int quotes = 0;
        int parens = 0;
        int brackets = 0;
        boolean inQuote = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                quotes++;
                inQuote = !inQuote;
            } else if (!inQuote) {
                switch (c) {
                    case '(' -> parens++;
                    case ')' -> parens--;
                    case '[', '{' -> brackets++;
                    case ']', '}' -> brackets--;
                    default -> { }
                }
            }
        }
        if (quotes % 2 != 0) {
            return "a quote is not closed";
        }
        if (parens > 0) {
            return "a parenthesis is not closed";
        }
        if (brackets > 0) {
            return "a range bracket is not closed";
        }
        return null;
    }

    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "syntax error";
        }
        String line = message.strip();
        int eol = line.indexOf('\n');
        return (eol < 0 ? line : line.substring(0, eol)).strip();
    }
}
