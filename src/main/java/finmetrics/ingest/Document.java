package finmetrics.ingest;

import java.util.List;

/**
 * One input file, read and split into blocks.
 *
 * @param id path relative to the input root, '/'-separated; the file name for a file given directly
 * @param company the company the profile is about (see {@link ProfileReader} for the order of cues)
 * @param text the file's full text, exactly as read; every span indexes into it
 * @param blocks paragraphs, list items, headings and table cells in document order
 */
public record Document(String id, String company, String text, List<Block> blocks) {
  public Document {
    blocks = List.copyOf(blocks);
  }
}
