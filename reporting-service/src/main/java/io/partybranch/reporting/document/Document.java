package io.partybranch.reporting.document;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A generated report as blocks, independent of its format: the same summary becomes Markdown for
 * portals, HTML, and .docx for bureaus, so the formats cannot disagree on a figure.
 */
public record Document(String title, List<Block> blocks, List<String> closing,
        /** The time of the latest event behind the figures: served as X-Data-As-Of. */
        OffsetDateTime asOf) {

    public sealed interface Block permits Heading, Paragraph, Table, Narrative {
    }

    public record Heading(String text) implements Block {
    }

    public record Paragraph(String text) implements Block {
    }

    public record Table(List<String> header, List<List<String>> rows) implements Block {
    }

    /** Markdown a person wrote (a secretary's narrative): rendered through {@link Narratives}, never as markup. */
    public record Narrative(String markdown) implements Block {
    }

    public static Builder titled(String title) {
        return new Builder(title);
    }

    public static final class Builder {
        private final String title;
        private final List<Block> blocks = new ArrayList<>();
        private final List<String> closing = new ArrayList<>();
        private OffsetDateTime asOf;

        private Builder(String title) {
            this.title = title;
        }

        public Builder heading(String text) {
            blocks.add(new Heading(text));
            return this;
        }

        public Builder paragraph(String text) {
            blocks.add(new Paragraph(text));
            return this;
        }

        public Builder table(List<String> header, List<List<String>> rows) {
            blocks.add(new Table(List.copyOf(header), rows.stream().map(List::copyOf).toList()));
            return this;
        }

        public Builder narrative(String markdown) {
            blocks.add(new Narrative(markdown));
            return this;
        }

        /** Signature lines, right-aligned in Word: the organisation and the month. */
        public Builder closing(String... lines) {
            closing.addAll(List.of(lines));
            return this;
        }

        public Builder asOf(OffsetDateTime latestEvent) {
            this.asOf = latestEvent;
            return this;
        }

        public Document build() {
            return new Document(title, List.copyOf(blocks), List.copyOf(closing), asOf);
        }
    }
}
