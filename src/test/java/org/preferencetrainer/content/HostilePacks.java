package org.preferencetrainer.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Packs made hostile on purpose: a valid pack (from the corpus or the shipped ones) with a few
 * {@link Damage}s done to its tree, then maybe to its text. The same damages serve the JVM's
 * property test, which draws them through the {@code Tries} harness, and the browser test, which
 * draws a fixed sample from a seed, so both readers meet the same kinds of file.
 */
public final class HostilePacks {
    /** What is done to one value of the tree. */
    public enum Damage {
        /** The value becomes one of another JSON type. */
        WRONG_TYPE,
        /** The value leaves its object or array. */
        DELETE,
        /** An object gains a field no rule knows, with an awkward name. */
        UNKNOWN_FIELD,
        /** An object's id becomes another object's id. */
        DUPLICATE_ID,
        /** A text becomes a very long one. */
        HUGE_STRING,
        /** A value becomes a very large, very small or very long number. */
        HUGE_NUMBER,
        /** A value becomes arrays or objects nested deep. */
        DEEP_NESTING,
        /** A text becomes a string that trips up software: controls, scripts, markup. */
        NAUGHTY_STRING,
        /** A score becomes a number outside 0..1, or text. */
        OUT_OF_RANGE
    }

    /** What is done to the file's text after the tree is written out. */
    public enum TextDamage {
        NONE, BOM, TRUNCATED, TRAILING_GARBAGE, RAW_CONTROL, ESCAPED_NUL, LONE_SURROGATE
    }

    /** One damage: which value ({@code target}, modulo their number) and which variant. */
    public record Mutation(int target, Damage damage, int variant) {
    }

    /** A generated pack: how it was made, and its bytes. */
    public record Hostile(String description, byte[] bytes) {
        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /** Names that are awkward as keys: empty, numeric, the prototype's, quoted, unusual. */
    static final List<String> AWKWARD_KEYS = List.of("", "0", "12", "__proto__", "constructor",
            "toString", "hasOwnProperty", "a.b", "a[0]", "k\"q", "back\\slash", "ü", "\u0000",
            "\u202e", "😀", "x".repeat(300), "id ", "ID");

    /** Strings that trip up software; the browser test adds the whole Big List to these. */
    static final List<String> NAUGHTY = List.of("", " ", "\t\n", "null", "undefined", "NaN",
            "<script>window.pwned = 1</script>", "<img src=x onerror=\"window.pwned=1\">",
            "&lt;b&gt;", "{0}", "{1}{2}", "%s%n", "\u0000\u0001\u001f", "\ud83d\ude00",
            "\u202eevil", "Ṱ̺̺̕o͞ ̷i̲̬͇̪͙n̝̗͕v̟̜̘̦͟o̶̙̰̠kè͚̮̺̪̹̱̤", "'; DROP TABLE packs; --",
            "javascript:alert(1)", "\r\n\r\n", "\\u0000", "𝕿𝖍𝖊 𝖖𝖚𝖎𝖈𝖐");

    private static final List<JsonNode> OTHER_TYPES;
    private static final List<JsonNode> NUMBERS;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String DEEP = "@@deep@@";

    static {
        try {
            OTHER_TYPES = List.of(NODES.nullNode(), NODES.booleanNode(true),
                    NODES.booleanNode(false), NODES.numberNode(0), NODES.numberNode(-1.5),
                    NODES.textNode("text"), NODES.arrayNode(), NODES.objectNode(),
                    MAPPER.readTree("[1, \"a\", null]"), MAPPER.readTree("{\"x\": 1}"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        NUMBERS = List.of(NODES.numberNode(1e308), NODES.numberNode(-1e308),
                NODES.numberNode(Double.MIN_VALUE), NODES.numberNode(-0.0),
                NODES.numberNode(9007199254740993L), NODES.numberNode(Long.MIN_VALUE),
                NODES.numberNode(new BigInteger("9".repeat(400))),
                NODES.numberNode(new BigDecimal("1e400")),
                NODES.numberNode(new BigDecimal("-1e-400")),
                NODES.numberNode(new BigDecimal("0." + "3".repeat(300))),
                NODES.numberNode(1.0000000000000002), NODES.numberNode(0.1 + 0.2));
    }

    private HostilePacks() {
    }

    /** The valid packs damage starts from: the corpus's good ones and the shipped ones. */
    public static List<JsonNode> bases() {
        List<JsonNode> bases = new ArrayList<>();
        List<Path> files = new ArrayList<>(Corpus.good());
        files.addAll(Corpus.shipped());
        for (Path file : files) {
            try {
                bases.add(MAPPER.readTree(file.toFile()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bases;
    }

    /** Draws a sample of {@code count} hostile packs from {@code seed}: always the same. */
    public static List<Hostile> sample(long seed, int count) {
        Random random = new Random(seed);
        List<JsonNode> bases = bases();
        List<Hostile> packs = new ArrayList<>();
        Damage[] damages = Damage.values();
        TextDamage[] textDamages = TextDamage.values();
        for (int i = 0; i < count; i++) {
            List<Mutation> mutations = new ArrayList<>();
            for (int m = 1 + random.nextInt(4); m > 0; m--) {
                mutations.add(new Mutation(random.nextInt(100_000),
                        damages[random.nextInt(damages.length)], random.nextInt(1000)));
            }
            // two in three files keep their text whole, so most reach the pack rules
            TextDamage text = random.nextInt(3) > 0 ? TextDamage.NONE
                    : textDamages[random.nextInt(textDamages.length)];
            packs.add(make(bases.get(random.nextInt(bases.size())), mutations, text,
                    random.nextInt(100_000)));
        }
        return packs;
    }

    /** Applies {@code mutations} to a copy of {@code base}, then {@code text} to its JSON. */
    public static Hostile make(JsonNode base, List<Mutation> mutations, TextDamage text,
            int textVariant) {
        JsonNode root = base.deepCopy();
        StringBuilder description = new StringBuilder(root.path("id").asText("?"));
        List<Integer> depths = new ArrayList<>();
        for (Mutation mutation : mutations) {
            description.append(' ').append(apply(root, mutation, depths));
        }
        String json;
        try {
            json = MAPPER.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // deep nesting goes in as text: Jackson's writer stops at a depth of 1000
        for (int depth : depths) {
            json = json.replaceFirst("\"" + DEEP + "\"", nested(depth));
        }
        description.append(" text:").append(text);
        return new Hostile(description.toString(), damageText(json, text, textVariant));
    }

    /** The values of the tree, each with its parent, in document order. */
    private static void collect(JsonNode parent, Object key, JsonNode node, List<Object[]> into) {
        into.add(new Object[] {parent, key, node});
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                collect(node, field.getKey(), field.getValue(), into);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node, i, node.get(i), into);
            }
        }
    }

    private static String apply(JsonNode root, Mutation mutation, List<Integer> depths) {
        List<Object[]> values = new ArrayList<>();
        collect(null, null, root, values);
        // the root itself is left alone but for new fields, so that most packs stay packs
        Object[] picked = values.get(values.size() == 1 ? 0
                : 1 + mutation.target() % (values.size() - 1));
        JsonNode parent = (JsonNode) picked[0];
        Object key = picked[1];
        JsonNode node = (JsonNode) picked[2];
        int variant = mutation.variant();
        String where = (key == null ? "$" : key.toString());
        switch (mutation.damage()) {
            case WRONG_TYPE:
                replace(parent, key, OTHER_TYPES.get(variant % OTHER_TYPES.size()).deepCopy());
                break;
            case DELETE:
                if (parent instanceof ObjectNode) {
                    ((ObjectNode) parent).remove((String) key);
                } else if (parent instanceof ArrayNode) {
                    ((ArrayNode) parent).remove((Integer) key);
                }
                break;
            case UNKNOWN_FIELD:
                ObjectNode object = node.isObject() ? (ObjectNode) node : (ObjectNode) root;
                object.put(AWKWARD_KEYS.get(variant % AWKWARD_KEYS.size()), variant);
                break;
            case DUPLICATE_ID:
                List<JsonNode> ids = new ArrayList<>();
                for (Object[] value : values) {
                    if ("id".equals(value[1]) && value[0] != root) {
                        ids.add((JsonNode) value[0]);
                    }
                }
                if (ids.size() >= 2) {
                    ObjectNode to = (ObjectNode) ids.get(mutation.target() % ids.size());
                    JsonNode from = ids.get(variant % ids.size());
                    to.set("id", from.get("id").deepCopy());
                }
                break;
            case HUGE_STRING:
                String[] units = {"x", "é", "😀", "<", " ", "\n\n"};
                replace(parent, key, NODES.textNode(units[variant % units.length]
                        .repeat(50_000 + variant * 97)));
                break;
            case HUGE_NUMBER:
                replace(parent, key, NUMBERS.get(variant % NUMBERS.size()));
                break;
            case DEEP_NESTING:
                depths.add(2 + variant * 7);
                replace(parent, key, NODES.textNode(DEEP));
                break;
            case NAUGHTY_STRING:
                replace(parent, key, NODES.textNode(NAUGHTY.get(variant % NAUGHTY.size())));
                break;
            default:
                JsonNode[] outside = {NODES.numberNode(1.7), NODES.numberNode(-0.2),
                    NODES.textNode("0.5"), NODES.textNode("NaN"), NODES.numberNode(1e-7)};
                replace(parent, key, outside[variant % outside.length]);
                break;
        }
        return mutation.damage() + "@" + where;
    }

    private static void replace(JsonNode parent, Object key, JsonNode value) {
        if (parent instanceof ObjectNode) {
            ((ObjectNode) parent).set((String) key, value);
        } else if (parent instanceof ArrayNode) {
            ((ArrayNode) parent).set((Integer) key, value);
        }
    }

    /** {@code depth} levels of arrays, or of objects on odd depths, with a number inside. */
    public static String nested(int depth) {
        boolean objects = depth % 2 == 1;
        String open = objects ? "{\"a\":" : "[";
        String close = objects ? "}" : "]";
        return open.repeat(depth) + "1" + close.repeat(depth);
    }

    private static byte[] damageText(String json, TextDamage damage, int variant) {
        switch (damage) {
            case BOM:
                return ("\ufeff" + json).getBytes(StandardCharsets.UTF_8);
            case TRUNCATED:
                return json.substring(0, variant % Math.max(1, json.length()))
                        .getBytes(StandardCharsets.UTF_8);
            case TRAILING_GARBAGE:
                return (json + new String[] {"}", ",", " x", "{}"}[variant % 4])
                        .getBytes(StandardCharsets.UTF_8);
            case RAW_CONTROL:
                // a raw control character inside a string is not JSON
                return json.replaceFirst(":\"", ":\"\u0001").getBytes(StandardCharsets.UTF_8);
            case ESCAPED_NUL:
                return json.replaceFirst(":\"", ":\"\\\\u0000").getBytes(StandardCharsets.UTF_8);
            case LONE_SURROGATE:
                return json.replaceFirst(":\"", ":\"\\\\ud800").getBytes(StandardCharsets.UTF_8);
            default:
                return json.getBytes(StandardCharsets.UTF_8);
        }
    }

    /** Writes packs as files {@code 000.json}, {@code 001.json}... into {@code folder}. */
    public static List<Path> write(List<Hostile> packs, Path folder) {
        List<Path> files = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            for (int i = 0; i < packs.size(); i++) {
                Path file = folder.resolve(String.format("%03d.json", i));
                Files.write(file, packs.get(i).bytes());
                files.add(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
