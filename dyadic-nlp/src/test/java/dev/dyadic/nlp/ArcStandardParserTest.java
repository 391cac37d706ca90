package dev.dyadic.nlp;

import static org.junit.jupiter.api.Assertions.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dyadic.model.Dependency;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Dyadic's loop over CoreNLP's neural parser gives CoreNLP's own trees, on real text. */
class ArcStandardParserTest {
    /** How many articles of the Guardian benchmark file (beside the project) to compare as well; -1 for all. */
    private static final int GUARDIAN_ARTICLES = Integer.getInteger("dyadic.test.parserArticles", 25);

    @Test
    void givesCoreNlpsTreesOnTheSamplesAndTheGuardianArticles() throws IOException {
        Properties props = CoreNlpAnalyzer.defaultProperties();
        props.setProperty("annotators", "tokenize,ssplit,pos");
        StanfordCoreNLP tagger = new StanfordCoreNLP(props);
        DependencyParser coreNlp = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, props);
        ArcStandardParser dyadic = new ArcStandardParser(coreNlp);

        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("../samples"))) {
            for (Path p : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(p));
            }
        }
        int samples = texts.size();
        texts.addAll(guardianTexts());

        int sentences = 0;
        int tokens = 0;
        for (String text : texts) {
            Annotation doc = new Annotation(text);
            tagger.annotate(doc);
            for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
                List<CoreLabel> words = s.get(CoreAnnotations.TokensAnnotation.class);
                assertEquals(coreNlpTree(coreNlp, s), dyadic.parse(words), s.toString());
                sentences++;
                tokens += words.size();
            }
        }
        assertTrue(samples >= 5, "the samples were read");
        assertTrue(sentences > 40, "compared " + sentences + " sentences");
        System.out.printf("ArcStandardParserTest: %d texts, %d sentences, %d tokens: the same trees%n", texts.size(), sentences, tokens);
    }

    @Test
    void parsesAOneWordSentenceAndALongOne() {
        Properties props = CoreNlpAnalyzer.defaultProperties();
        props.setProperty("annotators", "tokenize,ssplit,pos");
        StanfordCoreNLP tagger = new StanfordCoreNLP(props);
        DependencyParser coreNlp = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, props);
        ArcStandardParser dyadic = new ArcStandardParser(coreNlp);
        StringBuilder longOne = new StringBuilder("The ministers of");
        for (int i = 0; i < 60; i++) {
            longOne.append(i == 0 ? " " : ", ").append("country").append(i);
        }
        longOne.append(" met in Geneva on Tuesday and signed an agreement that the envoys had negotiated for months.");
        for (String text : List.of("Thanks.", longOne.toString())) {
            Annotation doc = new Annotation(text);
            tagger.annotate(doc);
            CoreMap s = doc.get(CoreAnnotations.SentencesAnnotation.class).get(0);
            List<Dependency> deps = dyadic.parse(s.get(CoreAnnotations.TokensAnnotation.class));
            assertEquals(coreNlpTree(coreNlp, s), deps);
            assertEquals(s.get(CoreAnnotations.TokensAnnotation.class).size(), deps.size(), "one head per word");
            assertEquals(1, deps.stream().filter(d -> d.governor() == 0).count(), "one root");
        }
    }

    private static List<Dependency> coreNlpTree(DependencyParser parser, CoreMap sentence) {
        List<Dependency> deps = new ArrayList<>();
        for (TypedDependency d : parser.predict(sentence).typedDependencies()) {
            deps.add(new Dependency(d.gov().index(), d.dep().index(), d.reln().toString()));
        }
        deps.sort((a, b) -> a.governor() != b.governor() ? Integer.compare(a.governor(), b.governor())
                : Integer.compare(a.dependent(), b.dependent()));
        return deps;
    }

    /** Article texts of ../shared/bench/guardian-249.jsonl when it is beside the project (it is in CI). */
    private static List<String> guardianTexts() throws IOException {
        Path file = Path.of(System.getProperty("dyadic.shared", "../../shared"), "bench/guardian-249.jsonl");
        List<String> texts = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return texts;
        }
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (GUARDIAN_ARTICLES >= 0 && texts.size() >= GUARDIAN_ARTICLES) {
                break;
            }
            texts.add(json.readTree(line).path("text").asText());
        }
        return texts;
    }
}
