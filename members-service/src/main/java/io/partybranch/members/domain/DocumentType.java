package io.partybranch.members.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The kinds of file a development step takes as evidence (a scanned letter, a photo of a signed
 * conclusion, a Word report), each known by its first bytes, not by what the client declares. A
 * .docx is a ZIP package, so it must also hold a Word document's main part.
 */
public enum DocumentType {
    PDF("application/pdf", "pdf", new byte[]{'%', 'P', 'D', 'F', '-'}), JPEG("image/jpeg", "jpg",
            new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}), PNG("image/png", "png",
                    new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}), DOCX(
                            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", new byte[]{'P', 'K', 3, 4});

    /** A Word package's parts are few; more entries than this is not a document a branch writes. */
    private static final int MAX_ZIP_ENTRIES = 1_000;

    private final String mediaType;
    private final String extension;
    private final byte[] magic;

    DocumentType(String mediaType, String extension, byte[] magic) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.magic = magic;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public static Optional<DocumentType> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(t -> t.mediaType.equalsIgnoreCase(mediaType)).findFirst();
    }

    /** Whether the content is of this type by its bytes. */
    public boolean matches(byte[] content) {
        if (content.length < magic.length || !Arrays.equals(content, 0, magic.length, magic, 0, magic.length)) {
            return false;
        }
        return this != DOCX || isWordPackage(content);
    }

    /** A ZIP that reads to its end and holds word/document.xml; only the entry names are read, nothing is unpacked. */
    private static boolean isWordPackage(byte[] content) {
        boolean mainPart = false;
        boolean contentTypes = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            int entries = 0;
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ZIP_ENTRIES) {
                    return false;
                }
                mainPart |= entry.getName().equals("word/document.xml");
                contentTypes |= entry.getName().equals("[Content_Types].xml");
            }
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        return mainPart && contentTypes;
    }
}
