package dev.drivetwin.fmuvehicle.cycle;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.drivetwin.fmuvehicle.VehicleError;
import dev.drivetwin.fmuvehicle.VehicleException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Columns of numbers read from a CSV or JSON file of timed samples, converted to SI once here. The first column
 * is time and must increase strictly. CSV: an optional {@code #} comment block, a header line, then one line per
 * sample. JSON: an array of objects, one per sample, whose field names are the column names. Every failure names
 * the file, the line and the field.
 */
final class SampleTable {

    /** A required column: its SI name and the accepted spellings with the factor that converts each to SI. */
    record Column(String name, Map<String, Double> spellings) {
        Column {
            spellings = Map.copyOf(spellings);
        }

        String accepted() {
            return String.join(", ", spellings.keySet().stream().sorted().toList());
        }
    }

    private SampleTable() {
    }

    /** Reads {@code columns} from {@code in}; JSON if {@code fileName} ends in .json, CSV otherwise. */
    static double[][] read(String fileName, InputStream in, List<Column> columns) {
        try {
            return fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".json")
                    ? readJson(fileName, in, columns) : readCsv(fileName, in, columns);
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new VehicleException(e, VehicleError.MALFORMED_FILE, fileName, line, "(syntax)",
                    e.getOriginalMessage());
        } catch (IOException e) {
            throw new VehicleException(e, VehicleError.IO, fileName, e.toString());
        }
    }

    private static double[][] readCsv(String fileName, InputStream in, List<Column> columns) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int lineNumber = 0;
        String[] header = null;
        int headerLine = 0;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            String trimmed = line.strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                header = trimmed.split(",", -1);
                headerLine = lineNumber;
                break;
            }
        }
        if (header == null) {
            throw new VehicleException(VehicleError.BAD_FILE, fileName, "no header line");
        }
        int[] index = new int[columns.size()];
        double[] factor = new double[columns.size()];
        for (int c = 0; c < columns.size(); c++) {
            index[c] = -1;
            for (int h = 0; h < header.length; h++) {
                Double f = columns.get(c).spellings().get(header[h].strip());
                if (f != null) {
                    index[c] = h;
                    factor[c] = f;
                }
            }
            if (index[c] < 0) {
                throw new VehicleException(VehicleError.MISSING_FIELD, fileName, headerLine, columns.get(c).name(),
                        columns.get(c).accepted());
            }
        }
        List<double[]> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] fields = trimmed.split(",", -1);
            double[] row = new double[columns.size()];
            for (int c = 0; c < columns.size(); c++) {
                String name = columns.get(c).name();
                if (index[c] >= fields.length) {
                    throw new VehicleException(VehicleError.MISSING_FIELD, fileName, lineNumber, name,
                            "column " + (index[c] + 1) + " of " + header.length);
                }
                row[c] = number(fileName, lineNumber, name, fields[index[c]].strip()) * factor[c];
            }
            rows.add(row);
            lines.add(lineNumber);
        }
        return columns(fileName, columns, rows, lines);
    }

    private static double[][] readJson(String fileName, InputStream in, List<Column> columns) throws IOException {
        List<double[]> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        try (JsonParser parser = new JsonFactory().createParser(in)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new VehicleException(VehicleError.MALFORMED_FILE, fileName, lineOf(parser), "(root)",
                        "expected an array of sample objects");
            }
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                int objectLine = lineOf(parser);
                Map<String, Double> values = new HashMap<>();
                Map<String, Integer> valueLines = new HashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String field = parser.currentName();
                    JsonToken token = parser.nextToken();
                    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                        throw new VehicleException(VehicleError.MALFORMED_FILE, fileName, lineOf(parser), field,
                                "expected a number");
                    }
                    String text = parser.getText();
                    valueLines.put(field, lineOf(parser));
                    values.put(field, token.isNumeric() ? parser.getDoubleValue()
                            : number(fileName, lineOf(parser), field, text));
                }
                double[] row = new double[columns.size()];
                for (int c = 0; c < columns.size(); c++) {
                    Column column = columns.get(c);
                    Map.Entry<String, Double> spelling = column.spellings().entrySet().stream()
                            .filter(e -> values.containsKey(e.getKey())).findFirst().orElseThrow(() ->
                                    new VehicleException(VehicleError.MISSING_FIELD, fileName, objectLine,
                                            column.name(), column.accepted()));
                    double value = values.get(spelling.getKey());
                    if (!Double.isFinite(value)) {
                        throw new VehicleException(VehicleError.MALFORMED_FILE, fileName,
                                valueLines.get(spelling.getKey()), spelling.getKey(), "not a finite number");
                    }
                    row[c] = value * spelling.getValue();
                }
                rows.add(row);
                lines.add(objectLine);
            }
            if (parser.currentToken() != JsonToken.END_ARRAY) {
                throw new VehicleException(VehicleError.MALFORMED_FILE, fileName, lineOf(parser), "(sample)",
                        "expected a sample object, found " + parser.currentToken());
            }
        }
        return columns(fileName, columns, rows, lines);
    }

    private static int lineOf(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }

    private static double number(String fileName, int line, String field, String text) {
        double value;
        try {
            value = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new VehicleException(VehicleError.MALFORMED_FILE, fileName, line, field,
                    "'" + text + "' is not a number");
        }
        if (!Double.isFinite(value)) {
            throw new VehicleException(VehicleError.MALFORMED_FILE, fileName, line, field,
                    "'" + text + "' is not a finite number");
        }
        return value;
    }

    /** Transposes rows to columns and checks that time (column 0) increases strictly. */
    private static double[][] columns(String fileName, List<Column> columns, List<double[]> rows,
            List<Integer> lines) {
        if (rows.size() < 2) {
            throw new VehicleException(VehicleError.BAD_FILE, fileName, "needs at least two samples, found "
                    + rows.size());
        }
        double[][] out = new double[columns.size()][rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            if (r > 0 && !(rows.get(r)[0] > rows.get(r - 1)[0])) {
                throw new VehicleException(VehicleError.MALFORMED_FILE, fileName, lines.get(r), columns.get(0).name(),
                        "time " + rows.get(r)[0] + " s does not increase (previous sample: " + rows.get(r - 1)[0]
                                + " s on line " + lines.get(r - 1) + ")");
            }
            for (int c = 0; c < columns.size(); c++) {
                out[c][r] = rows.get(r)[c];
            }
        }
        return out;
    }

    /** Spellings map in a fixed order, for readable "accepted names" lists. */
    static Map<String, Double> spellings(Object... nameThenFactor) {
        Map<String, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < nameThenFactor.length; i += 2) {
            map.put((String) nameThenFactor[i], (Double) nameThenFactor[i + 1]);
        }
        return map;
    }
}
