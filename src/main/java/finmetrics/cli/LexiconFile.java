package finmetrics.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import finmetrics.model.LexiconExtension;
import finmetrics.model.Metric;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads {@code --lexicon FILE}: a user's own currencies, scale words, company aliases and metric
 * phrases, as YAML (a map per kind) or TSV (kind, phrase, value per line). Every problem is one
 * message naming the file and the line, and what was expected.
 */
final class LexiconFile {
  /** The kinds of entry, as written in the file. */
  static final List<String> KINDS = List.of("currencies", "scale_words", "company_aliases", "metric_phrases");

  private static final Pattern ISO_CODE = Pattern.compile("[A-Z]{3}");

  /** A bad lexicon: the message is the whole one-line report. */
  static final class Invalid extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Invalid(String message) {
      super(message);
    }
  }

  private final Path file;
  private final Map<String, Metric> metrics = new LinkedHashMap<>();
  private final Map<String, String> currencies = new LinkedHashMap<>();
  private final Map<String, BigDecimal> scales = new LinkedHashMap<>();
  private final Map<String, String> aliases = new LinkedHashMap<>();

  private LexiconFile(Path file) {
    this.file = file;
  }

  static LexiconExtension read(Path file) throws IOException {
    LexiconFile lexicon = new LexiconFile(file);
    String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    if (name.endsWith(".tsv") || name.endsWith(".tab")) {
      lexicon.readTsv(text);
    } else if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      lexicon.readYaml(text);
    } else {
      throw new Invalid(file + ": a lexicon is YAML (.yaml, .yml) or TSV (.tsv); cannot tell what this file is");
    }
    return new LexiconExtension(lexicon.metrics, lexicon.currencies, lexicon.scales, lexicon.aliases);
  }

  /** One entry per line: kind, tab, phrase, tab, value; '#' starts a comment line. */
  private void readTsv(String text) {
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (cells.length != 3) {
        throw invalid(i + 1, "expected three tab-separated cells (kind, phrase, value), found " + cells.length);
      }
      add(i + 1, cells[0].strip(), cells[1], cells[2]);
    }
  }

  /** A map of kinds, each a map of phrase to value. */
  private void readYaml(String text) throws IOException {
    try (JsonParser parser = new YAMLFactory().createParser(text)) {
      JsonToken token = parser.nextToken();
      if (token == null) {
        return; // an empty file adds nothing
      }
      if (token != JsonToken.START_OBJECT) {
        throw invalid(line(parser), "expected a map of " + String.join(", ", KINDS));
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String kind = parser.currentName();
        int kindLine = line(parser);
        if (!KINDS.contains(kind)) {
          throw invalid(kindLine, "unknown kind '" + kind + "'; expected one of " + String.join(", ", KINDS));
        }
        if (parser.nextToken() != JsonToken.START_OBJECT) {
          throw invalid(kindLine, "'" + kind + "' must be a map of phrase: value");
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String phrase = parser.currentName();
          int entryLine = line(parser);
          JsonToken value = parser.nextToken();
          if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY || value == JsonToken.VALUE_NULL) {
            throw invalid(entryLine, "'" + phrase + "' needs one value after the colon");
          }
          add(entryLine, kind, phrase, parser.getText());
        }
      }
    } catch (JsonProcessingException e) {
      JsonLocation where = e.getLocation();
      throw invalid(where == null ? 0 : where.getLineNr(), "not valid YAML (" + e.getOriginalMessage() + ")");
    }
  }

  private void add(int line, String kind, String phrase, String value) {
    String key = phrase.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    String v = value.strip();
    if (key.isEmpty()) {
      throw invalid(line, "empty phrase");
    }
    if (v.isEmpty()) {
      throw invalid(line, "'" + phrase.strip() + "' has no value");
    }
    switch (kind) {
      case "currencies":
      case "currency":
        if (!ISO_CODE.matcher(v).matches()) {
          throw invalid(line, "currency '" + v + "' for '" + key + "' is not an ISO code (three capital letters, e.g. EUR)");
        }
        currencies.put(key, v);
        break;
      case "scale_words":
      case "scale":
        BigDecimal factor;
        try {
          factor = new BigDecimal(v.replace("_", ""));
        } catch (NumberFormatException e) {
          throw invalid(line, "scale '" + v + "' for '" + key + "' is not a number (e.g. 1000000000)");
        }
        if (factor.signum() <= 0) {
          throw invalid(line, "scale '" + v + "' for '" + key + "' must be positive");
        }
        scales.put(key, factor);
        break;
      case "company_aliases":
      case "company":
        aliases.put(key, v);
        break;
      case "metric_phrases":
      case "metric":
        Metric metric = Arrays.stream(Metric.values()).filter(m -> m.id().equals(v)).findFirst().orElse(null);
        if (metric == null) {
          throw invalid(line, "unknown metric '" + v + "' for '" + key + "'; expected one of "
              + Arrays.stream(Metric.values()).map(Metric::id).collect(Collectors.joining(", ")));
        }
        metrics.put(key, metric);
        break;
      default:
        throw invalid(line, "unknown kind '" + kind + "'; expected one of " + String.join(", ", KINDS));
    }
  }

  private static int line(JsonParser parser) {
    JsonLocation where = parser.currentTokenLocation();
    return where == null ? 0 : where.getLineNr();
  }

  private Invalid invalid(int line, String problem) {
    return new Invalid(file + (line > 0 ? ":" + line : "") + ": " + problem);
  }
}
