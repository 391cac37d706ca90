package dev.dyadic.cli;

import static org.junit.jupiter.api.Assertions.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dyadic.actors.ActorResolver;
import dev.dyadic.actors.DocumentMemory;
import dev.dyadic.model.Actor;
import dev.dyadic.model.ActorMention;
import dev.dyadic.model.Article;
import dev.dyadic.model.Sentence;
import dev.dyadic.nlp.CoreNlpAnalyzer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every actor a human coder would code in the four seed articles (read from ../shared, never copied), with country,
 * sector and, where named, the person and the office held on the article's date; and what is not an actor there.
 */
class SeedActorsTest {
    private static final Path SEEDS = Path.of(System.getProperty("dyadic.shared", "../../shared"), "eval/seed-articles.jsonl");
    /** Actor mentions of each seed article, in order: the whole pipeline, sentence after sentence. */
    private static final Map<String, List<Actor>> ACTORS = new HashMap<>();

    @BeforeAll
    static void resolveTheSeeds() throws Exception {
        assumeTrue(Files.exists(SEEDS), "needs ../shared beside the project");
        ObjectMapper json = new ObjectMapper();
        ActorResolver resolver = ActorResolver.standard();
        for (String line : Files.readAllLines(SEEDS)) {
            JsonNode n = json.readTree(line);
            LocalDate date = LocalDate.parse(n.get("date").asText());
            Article article = new Article(n.get("id").asText(), date, null, null, null, n.get("text").asText(), "seed");
            DocumentMemory memory = new DocumentMemory(date);
            List<Actor> actors = new ArrayList<>();
            for (Sentence s : CoreNlpAnalyzer.shared().analyze(article).sentences()) {
                for (ActorMention m : resolver.resolve(s, memory).mentions()) {
                    actors.add(m.actor());
                }
            }
            ACTORS.put(article.id(), actors);
        }
    }

    /** The first actor of the article whose words start with {@code words}. */
    private static Actor actor(String article, String words) {
        return ACTORS.get(article).stream().filter(a -> a.text().startsWith(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no actor \"" + words + "\" in " + article + ": " + ACTORS.get(article)));
    }

    private static void assertActor(String article, String words, String code, String name, String role) {
        Actor a = actor(article, words);
        assertEquals(code, a.code(), words);
        assertEquals(name, a.name(), words);
        assertEquals(role, a.role(), words);
    }

    private static void assertNoActor(String article, String words) {
        assertTrue(ACTORS.get(article).stream().noneMatch(a -> a.text().contains(words)), words + " is not an actor in " + article);
    }

    @Test
    void bricsSummitOnGaza() {
        String a = "seed000"; // 2023-11-22
        assertActor(a, "Chinese Foreign Ministry spokesman", "CHNGOV", "Mao Ning", "Foreign Ministry Spokesperson");
        assertActor(a, "Chinese Foreign Minister", "CHNGOV", "Wang Yi", "Foreign Minister"); // again minister since July 2023
        assertActor(a, "Chinese Vice Chairman", "CHNGOV", "Han Zheng", "Vice President");
        assertActor(a, "Hamas", "PSEREB", "Hamas", null);
        assertEquals("CHNGOV", actor(a, "Chinese officials").code());
        assertEquals("IGOBRC", actor(a, "BRICS").code());
        assertEquals("ISR", actor(a, "Israel").code());
        Actor scholar = actor(a, "Zhuang");
        assertEquals("EDU", scholar.sector(), "a scholar quoted for an opinion");
        assertNoActor(a, "Harbin"); // a garbled "Hamas", not the Chinese city
        assertNoActor(a, "Xinhua");
    }

    @Test
    void qinGangsCallAndTheIccWarrant() {
        String a = "seed001"; // 2023-03-17
        assertActor(a, "Chinese Foreign Minister Qin Gang", "CHNGOV", "Qin Gang", "Foreign Minister");
        assertActor(a, "Ukrainian Foreign Minister", "UKRGOV", "Dmytro Kuleba", "Foreign Minister");
        assertActor(a, "Ukrainian President", "UKRGOV", "Volodymyr Zelensky", "President");
        assertActor(a, "Russian President Putin", "RUSGOV", "Vladimir Putin", "President");
        assertActor(a, "Foreign Ministry spokesman Wang Wenbin", "CHNGOV", "Wang Wenbin", "Foreign Ministry Spokesperson");
        assertEquals("IGOJUDICC", actor(a, "International Criminal Court").code());
        assertEquals("CHNBUS", actor(a, "Chinese companies").code());
        for (String scholar : List.of("Zhu Feng", "James Dorsey")) {
            Actor s = actor(a, scholar);
            assertEquals("EDU", s.sector(), scholar + " is a scholar, not a state or its government");
        }
        assertNoActor(a, "Tas Society"); // TASS, a news agency
    }

    @Test
    void assadAndGusmaoInHangzhou() {
        String a = "seed002"; // 2023-09-23
        assertActor(a, "Syrian President Assad", "SYRGOV", "Bashar al-Assad", "President");
        assertActor(a, "East Timor Prime Minister", "TLSGOV", "Xanana Gusmao", "Prime Minister");
        assertEquals("CHNGOV", actor(a, "Chinese official").code());
        assertEquals("Bashar al-Assad", actor(a, "him").name(), "a pronoun after Assad was named as the subject");
        assertNoActor(a, "Asian Games");
        assertNoActor(a, "Hangzhou");
        assertNoActor(a, "Reuters");
        assertNoActor(a, "Xinhua");
    }

    @Test
    void maZhaoxuInMoscow() {
        String a = "seed003"; // 2024-02-08
        assertActor(a, "China's Vice Minister Ma Zhaoxu", "CHNGOV", "Ma Zhaoxu", "Vice Foreign Minister");
        assertActor(a, "Ma Zhaoxu's trip", "CHNGOV", "Ma Zhaoxu", "Vice Foreign Minister");
        assertActor(a, "he", "CHNGOV", "Ma Zhaoxu", "Vice Foreign Minister");
        assertActor(a, "Russian Foreign Minister Sergei Lavrov", "RUSGOV", "Sergei Lavrov", "Foreign Minister");
        assertActor(a, "Liu Jianchao", "CHNGOV", "Liu Jianchao", "Head of the CPC International Department");
        assertEquals("RUSGOV", actor(a, "Russian First Deputy Foreign Minister").code());
        assertEquals("RUSGOV", actor(a, "Russian side").code());
        assertEquals("RUSGOV", actor(a, "Moscow").code());
        List<String> sides = ACTORS.get(a).stream().filter(x -> x.text().equals("sides")).map(Actor::country).distinct().toList();
        assertEquals(List.of("CHN", "RUS"), sides, "both sides: China and Russia");
    }
}
