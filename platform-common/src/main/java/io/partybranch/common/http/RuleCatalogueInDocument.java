package io.partybranch.common.http;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Publishes the service's rule catalogue ({@code platform.rules.catalogue}, an enum implementing
 * {@link Rule}) in its OpenAPI document: a {@code RuleId} schema enumerating the ids, and the
 * extension {@code x-rule-catalogue} on the document with each rule's id, Chinese title and English
 * description. A 409 whose type is {@code /problems/rule-violation/<id>} names one of them.
 */
// At run time: the catalogue is an application class named by configuration.
@OpenApiFilter(OpenApiFilter.RunStage.RUN)
public class RuleCatalogueInDocument implements OASFilter {

    public static final String EXTENSION = "x-rule-catalogue";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        List<Rule> rules = rules();
        if (rules.isEmpty()) {
            return;
        }
        List<Map<String, String>> catalogue = new ArrayList<>();
        Schema ids = OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                .description("The rules a 409 /problems/rule-violation/<id> names; " + EXTENSION + " on the document describes each");
        for (Rule rule : rules) {
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("id", rule.id());
            entry.put("title", rule.title());
            entry.put("description", rule.description());
            catalogue.add(entry);
            ids.addEnumeration(rule.id());
        }
        openAPI.addExtension(EXTENSION, catalogue);
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema("RuleId", ids);
    }

    /** The constants of the configured catalogue enum. */
    public static List<Rule> rules() {
        Optional<String> name = ConfigProvider.getConfig().getOptionalValue("platform.rules.catalogue", String.class);
        if (name.isEmpty()) {
            return List.of();
        }
        try {
            Class<?> type = Class.forName(name.get(), true, Thread.currentThread().getContextClassLoader());
            List<Rule> rules = new ArrayList<>();
            for (Object constant : type.getEnumConstants()) {
                rules.add((Rule) constant);
            }
            return rules;
        } catch (ClassNotFoundException | ClassCastException | NullPointerException e) {
            throw new IllegalStateException("platform.rules.catalogue must name an enum implementing Rule: " + name.get(), e);
        }
    }
}
