package dev.dyadic.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dyadic.model.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleIndexTest {
    // Short invented articles.
    static final Article GAZA = new Article("gaza-1", LocalDate.of(2024, 1, 10), "Talks resume in Cairo", "Reuters",
            "https://example.org/gaza-1",
            "Negotiators met in Cairo on Tuesday.\n\nA ceasefire in Gaza was discussed for six hours, officials said. "
                    + "Aid lorries waited at the border.", "test");
    static final Article SUMMIT = new Article("summit-1", LocalDate.of(2024, 3, 5), "Leaders meet in Beijing",
            "Xinhua", null,
            "The presidents of China and Russia opened a two-day summit in Beijing. Energy trade topped the agenda.",
            "test");
    static final Article SUDAN = new Article("sudan-1", LocalDate.of(2024, 2, 20), "Sudan factions sign truce", "AP",
            null,
            "Rival commanders in Sudan agreed to two ceasefires over the weekend. Both ceasefires collapsed within "
                    + "a day, residents of Khartoum reported.", "test");
    static final Article FORUM = new Article("forum-1", null, null, null, null,
            "A regional forum on water rights closed without a joint statement.", "test");
    static final Article AID = new Article("aid-1", LocalDate.of(2023, 12, 1), "Convoys cross", "reuters", null,
            "Aid convoys entered Gaza through the southern crossing at dawn.", "test");

    static final List<Article> ALL = List.of(GAZA, SUMMIT, SUDAN, FORUM, AID);

    @TempDir
    Path tmp;

    private Path indexDir() {
        return tmp.resolve("index");
    }

    private ArticleIndex filled() {
        ArticleIndex index = ArticleIndex.open(indexDir());
        for (Article a : ALL) {
            index.put(a, "h-" + a.id());
        }
        index.commit("fp-1");
        return index;
    }

    private static Set<String> ids(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::id).collect(Collectors.toSet());
    }

    private static List<SearchHit> find(ArticleIndex index, String text) {
        return index.search(new SearchQuery(text));
    }

    @Test
    void findsAndHighlightsAtTrueOffsets() {
        try (ArticleIndex index = filled()) {
            List<SearchHit> hits = find(index, "ceasefire AND Gaza");
            assertEquals(List.of("gaza-1"), hits.stream().map(SearchHit::id).toList());
            SearchHit hit = hits.get(0);
            assertEquals("Talks resume in Cairo", hit.title());
            assertEquals(LocalDate.of(2024, 1, 10), hit.published());
            assertEquals("Reuters", hit.source());
            assertEquals("https://example.org/gaza-1", hit.url());
            assertTrue(hit.score() > 0);
            assertFalse(hit.snippets().isEmpty());

            Set<String> words = new java.util.HashSet<>();
            for (Snippet s : hit.snippets()) {
                assertEquals(GAZA.text().substring(s.begin(), s.end()), s.text());
                for (Highlight h : s.highlights()) {
                    String word = GAZA.text().substring(s.begin() + h.begin(), s.begin() + h.end());
                    assertEquals(s.text().substring(h.begin(), h.end()), word);
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
            assertEquals(Set.of("ceasefire", "gaza"), words);
            Snippet s = hit.snippets().get(0);
            assertEquals("A [ceasefire] in [Gaza] was discussed for six hours, officials said.", s.render("[", "]"));
        }
    }

    @Test
    void stemmingFindsBothCeasefireArticles() {
        try (ArticleIndex index = filled()) {
            assertEquals(Set.of("gaza-1", "sudan-1"), ids(find(index, "ceasefires")));
            assertEquals(Set.of("gaza-1", "sudan-1"), ids(find(index, "ceasefire")));
            // the highlight covers the inflected word as written
            SearchHit sudan = find(index, "ceasefire AND Sudan").get(0);
            Snippet first = sudan.snippets().get(0);
            Highlight h = first.highlights().stream()
                    .filter(x -> first.text().substring(x.begin(), x.end()).startsWith("cease")).findFirst()
                    .orElseThrow();
            assertEquals("ceasefires", SUDAN.text().substring(first.begin() + h.begin(), first.begin() + h.end()));
        }
    }

    @Test
    void defaultOperatorIsAnd() {
        try (ArticleIndex index = filled()) {
            assertEquals(Set.of("gaza-1"), ids(find(index, "ceasefire Gaza")));
            assertEquals(Set.of("gaza-1", "sudan-1", "aid-1"), ids(find(index, "ceasefire OR Gaza")));
            assertEquals(Set.of("aid-1"), ids(find(index, "Gaza NOT ceasefire")));
            assertEquals(Set.of("sudan-1"), ids(find(index, "\"two ceasefires\"")));
            assertEquals(Set.of("gaza-1", "sudan-1"), ids(find(index, "cease*")));
            assertEquals(1, index.search(new SearchQuery("ceasefire OR Gaza", null, null, null, 1)).size());
        }
    }

    @Test
    void titleIsSearchedToo() {
        try (ArticleIndex index = filled()) {
            List<SearchHit> hits = find(index, "truce");
            assertEquals(List.of("sudan-1"), hits.stream().map(SearchHit::id).toList());
            // the title alone matched: at most a preview passage, with nothing highlighted
            assertTrue(hits.get(0).snippets().stream().allMatch(s -> s.highlights().isEmpty()));
        }
    }

    @Test
    void dateFilterIsInclusiveAndLeavesOutUndated() {
        try (ArticleIndex index = filled()) {
            LocalDate from = LocalDate.of(2024, 1, 10);
            LocalDate to = LocalDate.of(2024, 2, 20);
            List<SearchHit> hits = index.search(new SearchQuery("", from, to, null, 0));
            // no text: newest first
            assertEquals(List.of("sudan-1", "gaza-1"), hits.stream().map(SearchHit::id).toList());
            assertEquals(Set.of("gaza-1"), ids(index.search(new SearchQuery("ceasefire", null, LocalDate.of(2024, 1,
                    31), null, 0))));
            assertEquals(Set.of("summit-1"), ids(index.search(new SearchQuery(null, LocalDate.of(2024, 3, 1), null,
                    null, 0))));
            assertEquals(5, index.search(new SearchQuery(null, null, null, null, 0)).size());
        }
    }

    @Test
    void sourceFilterIsCaseInsensitiveExact() {
        try (ArticleIndex index = filled()) {
            assertEquals(Set.of("gaza-1", "aid-1"), ids(index.search(new SearchQuery(null, null, null, "REUTERS", 0))));
            assertEquals(Set.of("sudan-1"), ids(index.search(new SearchQuery("ceasefire", null, null, "ap", 0))));
            assertTrue(index.search(new SearchQuery("ceasefire", null, null, "Reut", 0)).isEmpty());
        }
    }

    @Test
    void putReplacesAndRemoveDeletes() {
        try (ArticleIndex index = filled()) {
            Article revised = new Article("gaza-1", GAZA.date(), GAZA.title(), GAZA.source(), GAZA.url(),
                    "Negotiators in Cairo adjourned until Thursday.", "test");
            index.put(revised, "h-new");
            index.remove("sudan-1");
            // not visible before the commit
            assertEquals(Set.of("gaza-1"), ids(find(index, "ceasefire Gaza")));
            index.commit("fp-2");
            assertTrue(find(index, "ceasefire Gaza").isEmpty());
            assertEquals(Set.of("gaza-1"), ids(find(index, "adjourned")));
            assertTrue(find(index, "Sudan").isEmpty());
            Map<String, String> hashes = index.indexedHashes();
            assertEquals("h-new", hashes.get("gaza-1"));
            assertFalse(hashes.containsKey("sudan-1"));
            assertEquals(4, hashes.size());
            assertEquals("fp-2", index.fingerprint());
        }
    }

    @Test
    void hashesAndFingerprintSurviveReopening() {
        try (ArticleIndex index = ArticleIndex.open(indexDir())) {
            assertNull(index.fingerprint());
            assertTrue(index.indexedHashes().isEmpty());
        }
        filled().close();
        try (ArticleIndex index = ArticleIndex.open(indexDir())) {
            assertEquals("fp-1", index.fingerprint());
            Map<String, String> expected = ALL.stream().collect(Collectors.toMap(Article::id, a -> "h-" + a.id()));
            assertEquals(expected, index.indexedHashes());
            // changes not committed are dropped on close
            index.remove("gaza-1");
        }
        try (ArticleIndex index = ArticleIndex.open(indexDir())) {
            assertTrue(index.indexedHashes().containsKey("gaza-1"));
            assertEquals("fp-1", index.fingerprint());
        }
    }

    @Test
    void readOnlySeesCommittedDataWithoutLocking() {
        try (ArticleIndex writer = filled();
             ArticleIndex reader = ArticleIndex.openReadOnly(indexDir())) {
            assertEquals(Set.of("gaza-1"), ids(find(reader, "ceasefire Gaza")));
            assertEquals("fp-1", reader.fingerprint());
            assertEquals(5, reader.indexedHashes().size());
            assertThrows(SearchException.class, () -> reader.put(FORUM, "x"));
            assertThrows(SearchException.class, () -> reader.commit("x"));
        }
    }

    @Test
    void readOnlyNeedsAnIndex() {
        SearchException missing = assertThrows(SearchException.class,
                () -> ArticleIndex.openReadOnly(tmp.resolve("nowhere")));
        assertTrue(missing.getMessage().contains("nowhere"), missing.getMessage());
        assertFalse(Files.exists(tmp.resolve("nowhere")));
        SearchException empty = assertThrows(SearchException.class, () -> ArticleIndex.openReadOnly(tmp));
        assertTrue(empty.getMessage().contains(tmp.toString()), empty.getMessage());
    }

    @Test
    void badSyntaxNamesTheQuery() {
        try (ArticleIndex index = filled()) {
            for (String bad : List.of("ceasefire AND", "(Gaza OR Sudan", "\"Gaza ceasefire", "AND Gaza", "Gaza)")) {
                SearchException e = assertThrows(SearchException.class, () -> find(index, bad));
                assertTrue(e.getMessage().contains("\"" + bad + "\""), e.getMessage());
                assertFalse(e.getMessage().contains("\n"), e.getMessage());
                assertFalse(e.getMessage().contains("Was expecting"), e.getMessage());
            }
            assertTrue(assertThrows(SearchException.class, () -> find(index, "(Gaza OR Sudan"))
                    .getMessage().contains("parenthesis"));
            assertTrue(assertThrows(SearchException.class, () -> find(index, "\"Gaza ceasefire"))
                    .getMessage().contains("quote"));
        }
    }

    @Test
    void folderWithOtherFilesIsRefused() throws IOException {
        Path dir = indexDir();
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("notes.txt"), "not an index");
        SearchException e = assertThrows(SearchException.class, () -> ArticleIndex.open(dir));
        assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("not a search index"), e.getMessage());

        Path file = tmp.resolve("plain-file");
        Files.writeString(file, "x");
        SearchException f = assertThrows(SearchException.class, () -> ArticleIndex.open(file));
        assertTrue(f.getMessage().contains(file.toString()), f.getMessage());
    }

    @Test
    void damagedIndexIsRefused() throws IOException {
        Path dir = indexDir();
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("segments_1"), "garbage, not a commit point");
        SearchException e = assertThrows(SearchException.class, () -> ArticleIndex.open(dir));
        assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
    }

    @Test
    void secondWriterIsRefused() {
        try (ArticleIndex first = ArticleIndex.open(indexDir())) {
            SearchException e = assertThrows(SearchException.class, () -> ArticleIndex.open(indexDir()));
            assertTrue(e.getMessage().contains("in use"), e.getMessage());
            assertTrue(e.getMessage().contains(indexDir().toString()), e.getMessage());
        }
        ArticleIndex.open(indexDir()).close(); // the lock is released on close
    }
}
