package dev.drivetwin.cosimmaster.hosting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ChildOutputTest {

    @Test
    void keepsTheLastLinesOfAChildsOutput() {
        String text = IntStream.rangeClosed(1, 25).mapToObj(i -> "line " + i).collect(Collectors.joining("\n"));
        ChildOutput output = new ChildOutput(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test");
        List<String> tail = output.tail(10_000);
        assertEquals(ChildOutput.KEPT, tail.size());
        assertEquals("line 6", tail.get(0));
        assertEquals("line 25", tail.get(ChildOutput.KEPT - 1));
    }

    @Test
    void saysSoWhenTheChildPrintedNothing() {
        assertEquals("; it printed nothing", ChildOutput.asSuffix(List.of()));
        String nl = System.lineSeparator();
        assertEquals("; its last output:" + nl + "    a" + nl + "    b", ChildOutput.asSuffix(List.of("a", "b")));
    }

    @Test
    void refusesAnUnknownRequestCode() {
        assertEquals(HostCall.CLOSE, HostCall.of(HostCall.CLOSE.ordinal()));
        assertThrows(IllegalArgumentException.class, () -> HostCall.of(HostCall.values().length));
        assertThrows(IllegalArgumentException.class, () -> HostCall.of(-1));
    }
}
