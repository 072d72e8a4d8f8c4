package finmetrics.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngEncoderTest {
  @Test
  void everyPixelReadsBackAsWritten() throws IOException {
    for (int[] size : new int[][] {{1, 1}, {7, 3}, {333, 211}}) {
      BufferedImage image = new BufferedImage(size[0], size[1], BufferedImage.TYPE_INT_RGB);
      Random random = new Random(size[0]);
      for (int y = 0; y < size[1]; y++) {
        for (int x = 0; x < size[0]; x++) {
          // Runs of one colour, as in a chart, and noise, which the Up filter must not break.
          image.setRGB(x, y, (x / 5 + y) % 3 == 0 ? 0x1f77b4 : random.nextInt(1 << 24));
        }
      }
      BufferedImage back = ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(image)));
      assertEquals(size[0], back.getWidth());
      assertEquals(size[1], back.getHeight());
      for (int y = 0; y < size[1]; y++) {
        for (int x = 0; x < size[0]; x++) {
          assertEquals(image.getRGB(x, y) & 0xffffff, back.getRGB(x, y) & 0xffffff, "pixel " + x + "," + y);
        }
      }
    }
  }

  @Test
  void theSameImageGivesTheSameBytes() throws IOException {
    BufferedImage image = new BufferedImage(50, 40, BufferedImage.TYPE_INT_RGB);
    image.setRGB(10, 10, 0xff0000);
    assertEquals(java.util.Arrays.toString(PngEncoder.encode(image)), java.util.Arrays.toString(PngEncoder.encode(image)));
  }

  @Test
  void onlyRgbImages() {
    assertThrows(IllegalArgumentException.class,
        () -> PngEncoder.encode(new BufferedImage(2, 2, BufferedImage.TYPE_INT_ARGB)));
  }
}
