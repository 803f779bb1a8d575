package io.beacon.postmortem.followup;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;
import org.yaml.snakeyaml.DumperOptions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;

/**
 * Turns the org file's YAML text into a Jackson tree for {@link OrgFileReader}. postmortem-service has no Jackson
 * YAML module on its classpath, so this goes through SnakeYAML (which Spring Boot always brings) and builds the tree
 * by hand; it is the only class to change once the module is added. Every scalar but null stays a string, so YAML
 * 1.1's surprises (a bare {@code no} read as false, a date read as a timestamp) can't reach the reader, and a
 * duplicated key is a syntax error rather than a silent last-one-wins.
 */
final class OrgYaml {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private OrgYaml() {
    }

    /** The YAML document as a tree, or a one-line description of why it isn't YAML. */
    static JsonNode parse(String location, String yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(10);
        Yaml parser = new Yaml(new SafeConstructor(options), new Representer(new DumperOptions()),
                new DumperOptions(), options, new NullOnlyResolver());
        try {
            return tree(parser.load(yaml == null ? "" : yaml));
        } catch (MarkedYAMLException e) {
            throw new InvalidOrgFile(location, List.of("not valid YAML: " + e.getProblem()
                    + (e.getProblemMark() == null ? "" : " at line " + (e.getProblemMark().getLine() + 1))));
        } catch (YAMLException e) {
            throw new InvalidOrgFile(location, List.of("not valid YAML: " + e.getMessage()));
        }
    }

    private static JsonNode tree(Object value) {
        return switch (value) {
            case null -> NODES.nullNode();
            case Map<?, ?> map -> {
                ObjectNode object = NODES.objectNode();
                map.forEach((key, item) -> object.set(String.valueOf(key), tree(item)));
                yield object;
            }
            case List<?> list -> {
                ArrayNode array = NODES.arrayNode();
                list.forEach(item -> array.add(tree(item)));
                yield array;
            }
            default -> NODES.stringNode(String.valueOf(value));
        };
    }

    /** Resolves only null implicitly; every other plain scalar is a string. */
    private static final class NullOnlyResolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.NULL, EMPTY, null);
            addImplicitResolver(Tag.NULL, NULL, "~nN\0");
        }
    }
}
