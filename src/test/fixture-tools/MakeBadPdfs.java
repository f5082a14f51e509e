import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Makes the bad-PDF corpus of cn.gongkai.source.pdf from one good fixture PDF:
 * empty, truncated, damaged, encrypted (user password), image-only (a scanned page, no text layer) and
 * not-a-PDF (an HTML page named .pdf).
 *
 * <p>Run with the single-file source launcher and PDFBox on the class path:
 * {@code java -cp "$(cat classpath.txt)" MakeBadPdfs.java OUT_DIR GOOD.pdf}
 */
public final class MakeBadPdfs {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Path good = Path.of(args[1]);
        Files.createDirectories(out);
        byte[] bytes = Files.readAllBytes(good);

        Files.write(out.resolve("empty.pdf"), new byte[0]);
        Files.write(out.resolve("truncated.pdf"), Arrays.copyOf(bytes, bytes.length * 2 / 5));
        String damaged = "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog /Pages 9 0 R >>\n"
                + "garbage where the page tree should be\nstartxref\n999999\n%%EOF\n";
        Files.write(out.resolve("damaged.pdf"), damaged.getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(out.resolve("not-a-pdf.pdf"),
                "<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head>"
                        + "<body><h1>页面不存在</h1></body></html>\n", StandardCharsets.UTF_8);

        try (PDDocument doc = Loader.loadPDF(good.toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out.resolve("encrypted.pdf").toFile());
        }

        try (PDDocument doc = Loader.loadPDF(good.toFile()); PDDocument scan = new PDDocument()) {
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 40, ImageType.GRAY);
            PDPage page = new PDPage(PDRectangle.A4);
            scan.addPage(page);
            PDImageXObject xobject = LosslessFactory.createFromImage(scan, image);
            try (PDPageContentStream cs = new PDPageContentStream(scan, page)) {
                cs.drawImage(xobject, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            }
            scan.save(new File(out.resolve("image-only.pdf").toString()));
        }
    }
}
