package io.partybranch.members.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** Documents are known by their bytes: each allowed type with content that is and content that is not of it. */
public class DocumentTypeTest {

    public static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void eachTypeByItsFirstBytes() {
        assertTrue(DocumentType.PDF.matches("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)));
        assertFalse(DocumentType.PDF.matches("%PDX-1.7\n".getBytes(StandardCharsets.US_ASCII)));
        assertTrue(DocumentType.JPEG.matches(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0}));
        assertFalse(DocumentType.JPEG.matches(new byte[]{(byte) 0xFF, (byte) 0xD8}));
        assertTrue(DocumentType.PNG.matches(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0}));
        assertFalse(DocumentType.PNG.matches("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void aWordFileIsAZipHoldingAWordDocument() throws IOException {
        assertTrue(DocumentType.DOCX.matches(zip("[Content_Types].xml", "word/document.xml")));
        assertFalse(DocumentType.DOCX.matches(zip("[Content_Types].xml", "xl/workbook.xml")), "a workbook is not a Word file");
        byte[] broken = zip("[Content_Types].xml", "word/document.xml");
        byte[] truncated = Arrays.copyOf(broken, 40);
        assertFalse(DocumentType.DOCX.matches(truncated));
    }

    @Test
    void onlyTheFourTypesAreKnown() {
        assertEquals(Optional.of(DocumentType.PDF), DocumentType.ofMediaType("application/pdf"));
        assertEquals(Optional.empty(), DocumentType.ofMediaType("text/html"));
    }
}
