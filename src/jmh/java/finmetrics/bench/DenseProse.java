package finmetrics.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Dense financial prose for the benchmarks: press-release paragraphs in which every sentence
 * states at least one figure, made from this class's own templates (many companies, metrics,
 * currencies, scales, periods, comparisons). The same seed gives the same text on every JDK
 * ({@link Random} is specified), so figures from different runs are comparable.
 *
 * <p>Used by the JMH benchmark and, as a single-file program, by {@code src/bench/scale.sh}:
 * {@code java src/jmh/java/finmetrics/bench/DenseProse.java DIR MEGABYTES} writes about
 * MEGABYTES of documents (about 5 kB each, in folders of 1,000) below DIR.
 */
public final class DenseProse {
  /** One generated document: a file name and its Markdown text. */
  public record Text(String name, String content) {}

  private static final String[] STEMS = {
    "Norvik", "Aldane", "Brightwater", "Kestrel", "Halvorsen", "Tamsin", "Orelia", "Vantor",
    "Quillon", "Maribel", "Corvina", "Eastmarch", "Fenwick", "Galloway", "Ilmari", "Juniper",
    "Lindqvist", "Montclair", "Nakamura", "Ostrava", "Pellham", "Ravensholt", "Sorrento",
    "Tidewell", "Umberfield", "Valdis", "Westbrook", "Yarrow", "Zephyr", "Ashgrove", "Bellamy",
    "Carrow", "Delacroix", "Elmstead", "Fairhaven", "Greystone", "Hollis", "Ivory Coast Mining",
    "Kaltenberg", "Lusitania", "Meridian", "Northgate", "Oakhurst", "Pemberton", "Quayside",
    "Redfern", "Silverline", "Thornbury", "Upland", "Verity", "Whitlock", "Brandvik", "Solheim",
  };
  private static final String[] SUFFIXES = {
    "Holdings", "Group", "Systems", "Industries", "AG", "plc", "Inc.", "Oyj", "SA", "Corp.",
    "Technologies", "Logistics", "Foods", "Energy", "Pharma", "Retail", "Networks", "Motors",
  };

  /** currency written before the amount, its ISO code for the reader's benefit only */
  private static final String[] PREFIXES = {
    "$", "US$", "€", "£", "¥", "USD ", "EUR ", "GBP ", "SEK ", "CHF ", "A$", "NOK ",
  };
  private static final String[] SCALES = {
    " million", " billion", "m", "bn", " thousand", " mn", " million", " billion",
  };
  private static final String[] RUPEES = {"Rs ", "₹", "INR "};
  private static final String[] RUPEE_SCALES = {" crore", " lakh", " crore", " million"};
  private static final String[] WORD_SCALES = {" million", " billion", " thousand"};
  private static final String[] SUFFIX_CURRENCIES = {" euros", " dollars", " kronor", " pounds"};

  private static final String[] MONEY_METRICS = {
    "revenue", "net income", "operating expenses", "gross profit", "EBITDA",
    "research and development expenses", "net sales", "operating income", "cost of revenue",
    "sales and marketing expenses", "general and administrative expenses", "total costs",
    "net profit", "turnover", "adjusted EBITDA", "R&D spending", "operating profit",
  };
  private static final String[] RATE_METRICS = {
    "revenue", "net income", "gross profit", "EBITDA", "operating income", "net sales",
  };
  private static final String[] RISES = {"rose", "increased", "grew", "climbed", "jumped"};
  private static final String[] FALLS = {"fell", "declined", "decreased", "dropped", "slipped"};
  private static final String[] MONTHS = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  };
  private static final String[] QUARTER_WORDS = {"first", "second", "third", "fourth"};
  private static final String[] HALF_WORDS = {"first", "second"};

  private final Random random;
  private int year;

  private DenseProse(long seed) {
    this.random = new Random(seed);
  }

  /** Documents adding up to at least {@code targetBytes} of UTF-8. */
  public static List<Text> corpus(long targetBytes, long seed) {
    DenseProse prose = new DenseProse(seed);
    List<Text> texts = new ArrayList<>();
    long bytes = 0;
    for (int i = 0; bytes < targetBytes; i++) {
      String company = prose.company();
      String content = prose.document(company);
      String slug = company.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("-$", "");
      texts.add(new Text(String.format(Locale.ROOT, "%s-%05d.md", slug, i), content));
      bytes += content.getBytes(StandardCharsets.UTF_8).length;
    }
    return texts;
  }

  private String company() {
    return pick(STEMS) + " " + pick(SUFFIXES);
  }

  private String document(String company) {
    StringBuilder out = new StringBuilder(6000);
    year = 2012 + random.nextInt(12);
    out.append("# ").append(company).append(": results for ").append(year).append("\n\n");
    int paragraphs = 6 + random.nextInt(4);
    for (int p = 0; p < paragraphs; p++) {
      int sentences = 3 + random.nextInt(4);
      for (int s = 0; s < sentences; s++) {
        if (s > 0) {
          out.append(' ');
        }
        out.append(sentence(company, s == 0));
      }
      out.append("\n\n");
    }
    return out.toString();
  }

  private String sentence(String company, boolean first) {
    String subject = first || random.nextInt(3) == 0 ? company + "'s " : "Its ";
    String metric = pick(MONEY_METRICS);
    String period = period(year);
    String before = period(year - 1);
    int pct = 1 + random.nextInt(48);
    switch (random.nextInt(14)) {
      case 0:
        return company + " reported " + metric + " of " + money() + " for " + period + ", up " + pct + "% from " + money() + " in " + before + ".";
      case 1:
        return cap(subject + metric) + " " + pick(RISES) + " " + pct + " percent to " + money() + " in " + period + ", compared with " + money() + " a year earlier.";
      case 2:
        return "In " + period + ", " + metric + " was " + money() + ", down " + pct + "% year over year.";
      case 3:
        return cap(subject + metric) + " for the quarter ended " + date(year) + " came to " + money() + ".";
      case 4:
        return cap(metric) + " " + pick(RISES) + " to " + money() + " (" + before + ": " + money() + ").";
      case 5:
        return "Gross margin widened to " + pct + "." + random.nextInt(10) + "% in " + period + " from " + (pct + 3) + "% in " + before + ".";
      case 6:
        return "EBITDA of " + money() + " in " + period + " compared with " + money() + " in " + before + ".";
      case 7:
        return "Research and development spending reached " + money() + " in " + period + ", or " + pct + "% of revenue.";
      case 8:
        return "For " + period(year + 1) + ", " + company + " expects revenue of more than " + money() + ".";
      case 9:
        return "Net income " + pick(FALLS) + " " + pct + "% to " + money() + ", against " + money() + " in " + before + ".";
      case 10:
        int from = year - 3 - random.nextInt(5);
        return "Revenue grew at a compound annual rate of " + pct + "% between " + from + " and " + year + ".";
      case 11:
        return "Sales and marketing costs were approximately " + money() + " in " + period + ", while general and administrative costs were " + money() + ".";
      case 12:
        return "Total costs of " + money() + " in " + period + " included cost of revenue of " + money() + " and operating expenses of " + money() + ".";
      default:
        return cap(pick(RATE_METRICS)) + " growth was " + pct + "% in " + period + ", after " + (1 + random.nextInt(30)) + "% in " + before + ", taking it to " + money() + ".";
    }
  }

  private String money() {
    int whole = random.nextInt(10) < 3 ? 1000 + random.nextInt(9000) : 1 + random.nextInt(999);
    String digits = whole >= 1000 ? String.format(Locale.ROOT, "%,d", whole) : Integer.toString(whole);
    if (random.nextBoolean()) {
      digits += "." + random.nextInt(10);
    }
    switch (random.nextInt(10)) {
      case 0:
        return digits + pick(WORD_SCALES) + pick(SUFFIX_CURRENCIES);
      case 1:
        return pick(RUPEES) + digits + pick(RUPEE_SCALES);
      default:
        break;
    }
    return pick(PREFIXES) + digits + pick(SCALES);
  }

  private String period(int y) {
    switch (random.nextInt(9)) {
      case 0: return Integer.toString(y);
      case 1: return "fiscal " + y;
      case 2: return "FY" + y;
      case 3: return "the " + pick(QUARTER_WORDS) + " quarter of " + y;
      case 4: return "Q" + (1 + random.nextInt(4)) + " " + y;
      case 5: return "the " + pick(HALF_WORDS) + " half of " + y;
      case 6: return "the nine months ended " + pick(MONTHS) + " 30, " + y;
      case 7: return "the year ended December 31, " + y;
      default: return "the twelve months to " + (1 + random.nextInt(28)) + " " + pick(MONTHS) + " " + y;
    }
  }

  private String date(int y) {
    return pick(MONTHS) + " " + (1 + random.nextInt(28)) + ", " + y;
  }

  private String pick(String[] words) {
    return words[random.nextInt(words.length)];
  }

  private static String cap(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** {@code DIR MEGABYTES}: writes the corpus below DIR in folders of 1,000 documents. */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    long bytes = (long) (Double.parseDouble(args[1]) * 1_000_000);
    List<Text> texts = corpus(bytes, 20261202L);
    for (int i = 0; i < texts.size(); i++) {
      Path sub = dir.resolve("part-" + (i / 1000));
      Files.createDirectories(sub);
      Files.writeString(sub.resolve(texts.get(i).name()), texts.get(i).content(), StandardCharsets.UTF_8);
    }
  }
}
