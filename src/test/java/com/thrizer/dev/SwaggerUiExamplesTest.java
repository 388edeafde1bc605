package com.thrizer.dev;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What Swagger UI pre-fills must make a call that answers in dev mode: no example on the Idempotency-Key header (one
 * shared key would be reused by everybody), on the cursor or on optional query parameters (Swagger UI sends them), and
 * every example id a request carries (path, required query, body) is an object of the dev seed.
 */
@QuarkusTest
class SwaggerUiExamplesTest {
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    @Inject
    DevSeed seed;

    @Inject
    EntityManager em;

    private static JsonNode contract() throws Exception {
        return new ObjectMapper().readTree(Path.of("openapi.json").toFile());
    }

    private static JsonNode resolve(JsonNode root, JsonNode node) {
        while (node.has("$ref")) {
            node = root.at(node.get("$ref").asText().substring(1));
        }
        return node;
    }

    private static boolean hasExample(JsonNode parameter) {
        return parameter.has("example")
                || parameter.has("examples")
                || parameter.path("schema").has("example");
    }

    /** Every parameter of every operation, keyed "method path in:name". */
    private static Map<String, JsonNode> parameters(JsonNode root) {
        Map<String, JsonNode> all = new TreeMap<>();
        root.path("paths").fields().forEachRemaining(path -> {
            List<JsonNode> shared = new ArrayList<>();
            path.getValue().path("parameters").forEach(shared::add);
            path.getValue().fields().forEachRemaining(op -> {
                if (!METHODS.contains(op.getKey())) {
                    return;
                }
                List<JsonNode> params = new ArrayList<>(shared);
                op.getValue().path("parameters").forEach(params::add);
                for (JsonNode p : params) {
                    JsonNode r = resolve(root, p);
                    all.put(
                            op.getKey() + " " + path.getKey() + " "
                                    + r.path("in").asText() + ":"
                                    + r.path("name").asText(),
                            r);
                }
            });
        });
        return all;
    }

    @Test
    void noPrefilledHeaderOrQueryExampleBreaksACall() throws Exception {
        List<String> prefilled = new ArrayList<>();
        parameters(contract()).forEach((where, p) -> {
            String in = p.path("in").asText();
            boolean idempotencyKey = "header".equals(in)
                    && "idempotency-key".equalsIgnoreCase(p.path("name").asText());
            boolean optionalQuery = "query".equals(in) && !p.path("required").asBoolean(false);
            boolean cursor =
                    "query".equals(in) && "cursor".equals(p.path("name").asText());
            if ((idempotencyKey || optionalQuery || cursor) && hasExample(p)) {
                prefilled.add(where);
            }
        });
        assertEquals(List.of(), prefilled);
    }

    /** Every uuid that Swagger UI puts in a request: path and required query examples, body examples. */
    private static Map<String, String> requestIds(JsonNode root) {
        Map<String, String> ids = new TreeMap<>();
        parameters(root).forEach((where, p) -> {
            if (!"header".equals(p.path("in").asText())) {
                collectIds(p.path("example"), where, ids);
            }
        });
        root.path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
                    if (!METHODS.contains(op.getKey())) {
                        return;
                    }
                    JsonNode body = resolve(root, op.getValue().path("requestBody"));
                    body.path("content")
                            .fields()
                            .forEachRemaining(media -> walkExamples(
                                    root,
                                    media.getValue(),
                                    op.getKey() + " " + path.getKey() + " body",
                                    ids,
                                    new TreeSet<>()));
                }));
        return ids;
    }

    private static void walkExamples(
            JsonNode root, JsonNode node, String where, Map<String, String> ids, Set<String> seen) {
        if (node.isObject()) {
            if (node.has("$ref")) {
                String ref = node.get("$ref").asText();
                if (seen.add(ref)) {
                    walkExamples(root, resolve(root, node), where, ids, seen);
                    seen.remove(ref);
                }
                return;
            }
            node.fields().forEachRemaining(f -> {
                if ("example".equals(f.getKey())) {
                    collectIds(f.getValue(), where, ids);
                } else if ("examples".equals(f.getKey())) {
                    f.getValue().forEach(e -> collectIds(resolve(root, e).path("value"), where, ids));
                } else {
                    walkExamples(root, f.getValue(), where, ids, seen);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> walkExamples(root, n, where, ids, seen));
        }
    }

    private static void collectIds(JsonNode example, String where, Map<String, String> ids) {
        if (example.isTextual()) {
            var m = UUID.matcher(example.asText());
            while (m.find()) {
                ids.putIfAbsent(m.group(), where);
            }
        } else {
            example.forEach(e -> collectIds(e, where, ids));
        }
    }

    @Test
    void everyExampleIdOfARequestIsAnObjectOfTheDevSeed() throws Exception {
        JsonNode root = contract();
        Map<String, String> ids = requestIds(root);
        assertTrue(ids.size() >= 7, "the contract's request examples carry ids: " + ids);
        List<String> slugs = new ArrayList<>();
        parameters(root).forEach((where, p) -> {
            if ("path".equals(p.path("in").asText())
                    && "slug".equals(p.path("name").asText())
                    && p.has("example")) {
                slugs.add(p.get("example").asText());
            }
        });
        List<String> missing = new ArrayList<>();
        QuarkusTransaction.begin();
        try {
            seed.seed();
            @SuppressWarnings("unchecked")
            List<String> tables = em.createNativeQuery("SELECT table_name FROM information_schema.columns"
                            + " WHERE table_schema = current_schema() AND column_name = 'id' AND data_type = 'uuid'")
                    .getResultList();
            ids.forEach((id, where) -> {
                long found = 0;
                for (String table : tables) {
                    found += ((Number) em.createNativeQuery(
                                            "SELECT count(*) FROM " + table + " WHERE id = CAST(?1 AS uuid)")
                                    .setParameter(1, id)
                                    .getSingleResult())
                            .longValue();
                }
                if (found == 0) {
                    missing.add(id + " (" + where + ")");
                }
            });
            for (String slug : slugs) {
                Number n = (Number) em.createNativeQuery("SELECT count(*) FROM widgets WHERE slug = ?1 AND enabled")
                        .setParameter(1, slug)
                        .getSingleResult();
                if (n.longValue() == 0) {
                    missing.add("widget " + slug);
                }
            }
        } finally {
            QuarkusTransaction.rollback();
        }
        assertEquals(List.of(), missing);
    }
}
