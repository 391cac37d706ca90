package dev.dyadic.cli;

import static org.junit.jupiter.api.Assertions.*;

import dev.dyadic.model.Article;
import dev.dyadic.sources.ArticleReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The passages of one story in {@code dyadic code} are held to the size of the longest article read. */
class CodeCommandStoryTest {
    private static Article passage(int chars) {
        return new Article("s", LocalDate.parse("2024-05-17"), null, null, null, "a".repeat(chars), "test", null);
    }

    @Test
    void aStoryTakesPassagesUntilItWouldPassTheLongestArticleRead() {
        int mib = 1024 * 1024;
        CodeCommand.Story story = new CodeCommand.Story("s", passage(4 * mib));
        assertTrue(story.hasRoomFor(passage(mib / 2)), "4.5 MiB is within the limit");
        assertFalse(story.hasRoomFor(passage(2 * mib)), "6 MiB passes the 5 MiB limit");
        story.add(passage(mib / 2));
        assertEquals(2, story.passages().size());
        // what is left: the limit less both passages and the break after each
        int left = (int) (ArticleReader.DEFAULT_MAX_ARTICLE_BYTES - 4 * mib - mib / 2 - 2 * ArticleCoder.PASSAGE_BREAK.length());
        assertTrue(story.hasRoomFor(passage(left)), "exactly up to the limit");
        assertFalse(story.hasRoomFor(passage(left + 1)), "one character over it");
    }
}
