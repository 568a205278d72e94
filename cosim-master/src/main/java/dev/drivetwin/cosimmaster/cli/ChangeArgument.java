package dev.drivetwin.cosimmaster.cli;

import picocli.CommandLine;

/**
 * One {@code --change name=value@time} argument, as written: the variable's name (for {@code run},
 * component.variable), the value as text in the variable's type, and the time [s].
 */
record ChangeArgument(String name, String value, double time) {

    /** @throws CommandLine.ParameterException quoting the argument when it is not name=value@time */
    static ChangeArgument parse(String text, CommandLine.Model.CommandSpec spec) {
        int equals = text.indexOf('=');
        int at = text.lastIndexOf('@');
        if (equals < 1 || at < equals) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--change '" + text
                    + "' is not name=value@time");
        }
        try {
            double time = Double.parseDouble(text.substring(at + 1));
            if (Double.isFinite(time)) {
                return new ChangeArgument(text.substring(0, equals), text.substring(equals + 1, at), time);
            }
        } catch (NumberFormatException e) {
            // reported below, with the argument
        }
        throw new CommandLine.ParameterException(spec.commandLine(), "--change '" + text
                + "': the time after @ is not a number");
    }
}
