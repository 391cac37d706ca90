package dev.dyadic.nlp;

import dev.dyadic.model.AnalyzedArticle;
import dev.dyadic.model.Article;
import dev.dyadic.model.Dependency;
import dev.dyadic.model.Sentence;
import dev.dyadic.model.Token;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The NLP stage on Stanford CoreNLP: clean-up, then {@code tokenize,ssplit,pos,lemma,ner,depparse} with coarse NER
 * and SUTime dates normalised against the article's date. One instance (one set of models) serves all threads.
 */
public final class CoreNlpAnalyzer implements ArticleAnalyzer {
    private static volatile CoreNlpAnalyzer shared;

    private final StanfordCoreNLP pipeline;
    private final TextCleaner cleaner;

    public CoreNlpAnalyzer(TextCleaner cleaner, Properties extra) {
        this.cleaner = cleaner;
        if (!Boolean.getBoolean("dyadic.verbose")) {
            edu.stanford.nlp.util.logging.RedwoodConfiguration.errorLevel().apply();
        }
        Properties props = defaultProperties();
        props.putAll(extra);
        this.pipeline = new StanfordCoreNLP(props);
    }

    /** The process-wide analyser; models are loaded on the first call only. */
    public static CoreNlpAnalyzer shared() {
        CoreNlpAnalyzer a = shared;
        if (a == null) {
            synchronized (CoreNlpAnalyzer.class) {
                if (shared == null) {
                    shared = new CoreNlpAnalyzer(TextCleaner.standard(), new Properties());
                }
                a = shared;
            }
        }
        return a;
    }

    /** The pipeline Dyadic runs: fast coarse NER (3 classes + numbers and dates), UD dependency parses. */
    public static Properties defaultProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("tokenize.options", "invertible=true,normalizeParentheses=false,normalizeOtherBrackets=false");
        return p;
    }

    @Override
    public AnalyzedArticle analyze(Article article) {
        CleanText clean = cleaner.clean(article.text());
        Annotation doc = new Annotation(clean.text());
        if (article.date() != null) {
            doc.set(CoreAnnotations.DocDateAnnotation.class, article.date().toString());
        }
        pipeline.annotate(doc);
        List<Sentence> sentences = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            sentences.add(WeekdayDates.resolve(toSentence(sentences.size(), s, clean, article.text()), article.date()));
        }
        return new AnalyzedArticle(article, sentences);
    }

    private static Sentence toSentence(int index, CoreMap s, CleanText clean, String original) {
        List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel l = labels.get(i);
            String ner = l.ner() == null ? "O" : l.ner();
            String time = null;
            if ("DATE".equals(ner) || "TIME".equals(ner) || "DURATION".equals(ner) || "SET".equals(ner)) {
                time = l.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
            }
            int begin = clean.toOriginal(l.beginPosition());
            int end = Math.max(begin, clean.toOriginalEnd(l.endPosition()));
            tokens.add(new Token(i + 1, l.word(), l.lemma(), l.tag(), ner, time, begin, end));
        }
        List<Dependency> deps = new ArrayList<>(labels.size());
        SemanticGraph graph = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        if (graph != null) {
            for (var root : graph.getRoots()) {
                deps.add(new Dependency(0, root.index(), "root"));
            }
            for (SemanticGraphEdge e : graph.edgeListSorted()) {
                deps.add(new Dependency(e.getGovernor().index(), e.getDependent().index(), e.getRelation().toString()));
            }
        }
        int begin = tokens.isEmpty() ? 0 : tokens.get(0).begin();
        int end = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).end();
        return new Sentence(index, begin, end, original.substring(begin, end), tokens, deps);
    }
}
