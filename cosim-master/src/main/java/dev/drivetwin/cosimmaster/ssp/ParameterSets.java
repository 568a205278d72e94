package dev.drivetwin.cosimmaster.ssp;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads ssd:ParameterBinding: parameter values inline (ssd:ParameterValues holding an ssv:ParameterSet) or in an
 * external .ssv file named by {@code source}, relative to the .ssd. A binding's {@code prefix} is removed from the
 * parameter names. Values are kept as text in their type, as the FMU will be given them.
 */
final class ParameterSets {
    private ParameterSets() {
    }

    static Map<String, String> binding(SspElement binding, Path folder) {
        if (!binding.name().equals("ParameterBinding")) {
            throw binding.bad("expected <ssd:ParameterBinding>");
        }
        String prefix = binding.text("prefix") == null ? "" : binding.text("prefix");
        SspElement set;
        String source = binding.text("source");
        if (source != null) {
            set = SspElement.parse(SspLoader.resolve(folder, source, binding));
        } else {
            SspElement values = binding.child("ParameterValues")
                    .orElseThrow(() -> binding.bad("expected a source attribute or an <ssd:ParameterValues> child"));
            set = values.child("ParameterSet")
                    .orElseThrow(() -> values.bad("expected an <ssv:ParameterSet> child"));
        }
        if (!set.name().equals("ParameterSet")) {
            throw set.bad("expected <ssv:ParameterSet>");
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        set.child("Parameters").ifPresent(list -> list.children().forEach(p -> put(p, prefix, parameters)));
        return parameters;
    }

    private static void put(SspElement parameter, String prefix, Map<String, String> parameters) {
        if (!parameter.name().equals("Parameter")) {
            throw parameter.bad("expected <ssv:Parameter>");
        }
        String name = parameter.required("name");
        if (!prefix.isEmpty() && name.startsWith(prefix)) {
            name = name.substring(prefix.length());
        }
        SspElement value = parameter.children().stream()
                .filter(c -> Map.of("Real", 1, "Integer", 1, "Boolean", 1, "String", 1).containsKey(c.name()))
                .findFirst().orElseThrow(() -> parameter.bad("expected one of <ssv:Real>, <ssv:Integer>,"
                        + " <ssv:Boolean>, <ssv:String> with a value"));
        String text = value.required("value");
        if (value.name().equals("Real")) {
            value.number("value", 0); // checks it is a number, naming the line
        } else if (value.name().equals("Integer")) {
            value.integer("value", 0);
        }
        parameters.put(name, text);
    }
}
