package io.partybranch.reporting.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.partybranch.reporting.document.Document;
import io.partybranch.reporting.domain.SummarySection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A summary's content as the database keeps it (JSON texts: generated paragraphs per section, figures,
 * narratives, closing lines) and as a {@link Document} to render: each section's generated text, then
 * the secretary's narrative under it.
 */
@ApplicationScoped
public class SummaryContents {

    /** What a draft holds, read from its columns. */
    public record Content(String title, List<String> closing, Map<SummarySection, List<String>> generated, Map<String, String> figures,
            Map<SummarySection, String> narratives, OffsetDateTime asOf) {
    }

    @Inject
    ObjectMapper json;

    /** The generated document's paragraphs per section: the opening ones, then each heading's. */
    public static Map<SummarySection, List<String>> sections(Document generated) {
        Map<SummarySection, List<String>> sections = new EnumMap<>(SummarySection.class);
        SummarySection current = SummarySection.INTRODUCTION;
        for (Document.Block block : generated.blocks()) {
            switch (block) {
                case Document.Heading heading -> current = SummarySection.headed(heading.text());
                case Document.Paragraph paragraph -> sections.computeIfAbsent(current, s -> new ArrayList<>()).add(paragraph.text());
                default -> throw new IllegalStateException("a branch summary has headings and paragraphs only, not " + block);
            }
        }
        return sections;
    }

    public Document document(Content content) {
        Document.Builder doc = Document.titled(content.title());
        for (SummarySection section : SummarySection.values()) {
            List<String> paragraphs = content.generated().getOrDefault(section, List.of());
            String narrative = content.narratives().get(section);
            boolean written = narrative != null && !narrative.isBlank();
            if (section.heading() != null && (written || !paragraphs.isEmpty())) {
                doc.heading(section.heading());
            }
            paragraphs.forEach(doc::paragraph);
            if (written) {
                doc.narrative(narrative);
            }
        }
        return doc.closing(content.closing().toArray(String[]::new)).asOf(content.asOf()).build();
    }

    public String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("summary content is not serialisable", e);
        }
    }

    public Map<SummarySection, List<String>> generated(String text) {
        return read(text, new TypeReference<EnumMap<SummarySection, List<String>>>() {
        });
    }

    public Map<String, String> figures(String text) {
        return read(text, new TypeReference<LinkedHashMap<String, String>>() {
        });
    }

    public Map<SummarySection, String> narratives(String text) {
        return read(text, new TypeReference<EnumMap<SummarySection, String>>() {
        });
    }

    public List<String> closing(String text) {
        return read(text, new TypeReference<List<String>>() {
        });
    }

    public <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored summary content is not readable", e);
        }
    }
}
