package dev.dyadic.nlp;

import dev.dyadic.model.AnalyzedArticle;
import dev.dyadic.model.Article;
import dev.dyadic.model.Dependency;
import dev.dyadic.model.Sentence;
import dev.dyadic.model.Token;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.ie.regexp.NumberSequenceClassifier;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.time.TimeExpressionExtractorFactory;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The NLP stage on Stanford CoreNLP, as a cascade of annotators that each add one kind of information:
 * <ol>
 *   <li>clean-up of translation debris ({@link TextCleaner}), offsets kept to the original;</li>
 *   <li>{@code tokenize,ssplit,pos,lemma} over the whole article (cheap);</li>
 *   <li>the {@link ParseGate} picks the sentences that may hold an event; only they go on;</li>
 *   <li>names: CoreNLP's NER classifiers (PERSON, ORGANIZATION, LOCATION, MISC; no fine-grained NER);</li>
 *   <li>dates: SUTime, normalised against the article's date, on the sentences with a word that can start a time
 *       expression ({@link TemporalWords}); bare weekdays re-resolved news-style ({@link WeekdayDates});</li>
 *   <li>the UD dependency parse (basic dependencies only; CoreNLP's enhanced graphs are not built), by CoreNLP's neural
 *       parser model run in {@link ArcStandardParser}.</li>
 * </ol>
 * Sentences the gate leaves out keep tokens, tags and lemmas, with no named entities and no parse
 * ({@link Sentence#isParsed()}). One instance (one set of models) serves all threads.
 */
public final class CoreNlpAnalyzer implements ArticleAnalyzer {
    private static volatile CoreNlpAnalyzer shared;

    private final StanfordCoreNLP tagging;
    private final StanfordCoreNLP names;
    private final TimeExpressionExtractor dates;
    private final ArcStandardParser parser;
    private final TemporalWords temporalWords;
    private final TextCleaner cleaner;
    private final ParseGate gate;

    public CoreNlpAnalyzer(TextCleaner cleaner) {
        this.cleaner = cleaner;
        if (!Boolean.getBoolean("dyadic.verbose")) {
            edu.stanford.nlp.util.logging.RedwoodConfiguration.errorLevel().apply();
        }
        Properties props = defaultProperties();
        Properties first = new Properties();
        first.putAll(props);
        first.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        this.tagging = new StanfordCoreNLP(first);
        Properties second = new Properties();
        second.putAll(props);
        second.setProperty("annotators", "ner");
        this.names = new StanfordCoreNLP(second, false);
        Properties sutime = new Properties();
        sutime.putAll(props);
        this.dates = TimeExpressionExtractorFactory.createExtractor("sutime", sutime);
        this.parser = new ArcStandardParser(DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, props));
        this.temporalWords = TemporalWords.standard();
        this.gate = ParseGate.ALL;
    }

    private CoreNlpAnalyzer(CoreNlpAnalyzer models, ParseGate gate) {
        this.tagging = models.tagging;
        this.names = models.names;
        this.dates = models.dates;
        this.parser = models.parser;
        this.temporalWords = models.temporalWords;
        this.cleaner = models.cleaner;
        this.gate = gate;
    }

    /** The process-wide analyser, parsing every sentence; models are loaded on the first call only. */
    public static CoreNlpAnalyzer shared() {
        CoreNlpAnalyzer a = shared;
        if (a == null) {
            synchronized (CoreNlpAnalyzer.class) {
                if (shared == null) {
                    shared = new CoreNlpAnalyzer(TextCleaner.standard());
                }
                a = shared;
            }
        }
        return a;
    }

    /** This analyser with the same models, parsing only the sentences the gate lets through. */
    public CoreNlpAnalyzer parsingOnly(ParseGate gate) {
        return new CoreNlpAnalyzer(this, gate);
    }

    /**
     * CoreNLP's settings for Dyadic's stages: coarse NER without its own date and number rules (SUTime runs as a stage
     * of its own, only where a time expression can be), sentence breaks at blank lines, tokens that keep the original
     * text.
     */
    public static Properties defaultProperties() {
        Properties p = new Properties();
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        p.setProperty("ner.buildEntityMentions", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
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
        tagging.annotate(doc);
        List<CoreMap> all = doc.get(CoreAnnotations.SentencesAnnotation.class);
        List<CoreMap> chosen = new ArrayList<>();
        List<CoreMap> temporal = new ArrayList<>();
        // each sentence as the gate sees it; it stays so when the gate leaves it out
        List<Sentence> sentences = new ArrayList<>(all.size());
        for (int i = 0; i < all.size(); i++) {
            CoreMap s = all.get(i);
            Sentence tagged = toSentence(i, s, clean, article.text(), List.of());
            sentences.add(tagged);
            if (gate.needsParse(tagged)) {
                chosen.add(s);
                if (temporalWords.mayHoldTime(s.get(CoreAnnotations.TokensAnnotation.class))) {
                    temporal.add(s);
                }
            }
        }
        // SUTime before the name classifiers, as inside CoreNLP's NER: its rules must not see their tags
        List<List<CoreMap>> times = new ArrayList<>(temporal.size());
        for (CoreMap s : temporal) {
            times.add(dates.extractTimeExpressionCoreMaps(NumberSequenceClassifier.alignSentence(s), doc));
        }
        if (!chosen.isEmpty()) {
            doc.set(CoreAnnotations.SentencesAnnotation.class, chosen);
            names.annotate(doc);
            doc.set(CoreAnnotations.SentencesAnnotation.class, all);
        }
        for (int i = 0; i < temporal.size(); i++) {
            labelTimes(temporal.get(i), times.get(i));
        }
        for (CoreMap s : chosen) {
            int i = s.get(CoreAnnotations.SentenceIndexAnnotation.class);
            sentences.set(i, WeekdayDates.resolve(toSentence(i, s, clean, article.text(), dependencies(s)), article.date()));
        }
        return new AnalyzedArticle(article, sentences);
    }

    /**
     * SUTime's time expressions as named-entity tags (DATE, TIME, DURATION, SET) with their normalised value, as
     * CoreNLP's own NER combines them with its classifiers': SUTime labels the tokens that have no label or MISC, and
     * gives its value to every time-labelled token of its expression ("Saturday night": DATE, with the value of the
     * whole).
     */
    private static void labelTimes(CoreMap sentence, List<CoreMap> times) {
        if (times == null) {
            return;
        }
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        Integer sentenceBegin = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
        int offset = sentenceBegin == null ? 0 : sentenceBegin;
        for (CoreMap time : times) {
            Timex timex = time.get(TimeAnnotations.TimexAnnotation.class);
            if (timex == null) {
                continue;
            }
            String value = timex.value() != null ? timex.value() : timex.altVal();
            int begin = time.get(CoreAnnotations.TokenBeginAnnotation.class);
            if (time.get(CoreAnnotations.TokenEndAnnotation.class) == begin + 1 && value != null && MONTH_ALONE.matcher(value).matches()
                    && Character.isLowerCase(tokens.get(begin - offset).word().charAt(0))) {
                continue; // "police blocked a march", "it may rain": a month's name in lower case is the common word
            }
            for (int i = begin; i < time.get(CoreAnnotations.TokenEndAnnotation.class); i++) {
                CoreLabel token = tokens.get(i - offset);
                if (token.ner() == null || "O".equals(token.ner()) || "MISC".equals(token.ner())) {
                    token.setNER(namesTheDay(timex, value, token) ? "DATE" : timex.timexType());
                }
                if (TIME_CLASSES.contains(token.ner())) {
                    token.set(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class, value);
                }
            }
        }
    }

    /**
     * In a time of a given day ("Saturday night", "5 a.m. on March 3"), the words naming the day are a DATE with the
     * expression's value, as CoreNLP's statistical date tagger had them: the day is what an event's date needs.
     */
    private static boolean namesTheDay(Timex timex, String value, CoreLabel token) {
        return "TIME".equals(timex.timexType()) && value != null && DAY_AND_TIME.matcher(value).matches()
                && (Character.isUpperCase(token.word().charAt(0)) || token.word().chars().allMatch(Character::isDigit));
    }

    private static final java.util.regex.Pattern DAY_AND_TIME = java.util.regex.Pattern.compile("(\\d{4}|XXXX)-(\\d{2}|XX|W\\d{2}|WXX)-\\d{1,2}T.*");

    private static final java.util.regex.Pattern MONTH_ALONE = java.util.regex.Pattern.compile("(\\d{4}|XXXX)-\\d{2}");

    private static final java.util.Set<String> TIME_CLASSES = java.util.Set.of("DATE", "TIME", "DURATION", "SET");

    private List<Dependency> dependencies(CoreMap sentence) {
        return parser.parse(sentence.get(CoreAnnotations.TokensAnnotation.class));
    }

    private static Sentence toSentence(int index, CoreMap s, CleanText clean, String original, List<Dependency> deps) {
        List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel l = labels.get(i);
            String ner = l.ner() == null ? "O" : l.ner();
            String time = null;
            if (TIME_CLASSES.contains(ner)) {
                time = l.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
            }
            int begin = clean.toOriginal(l.beginPosition());
            int end = Math.max(begin, clean.toOriginalEnd(l.endPosition()));
            tokens.add(new Token(i + 1, l.word(), l.lemma(), l.tag(), ner, time, begin, end));
        }
        int begin = tokens.isEmpty() ? 0 : tokens.get(0).begin();
        int end = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).end();
        return new Sentence(index, begin, end, original.substring(begin, end), tokens, deps);
    }
}
