package dev.drivetwin.batterylearning.evaluation;

/**
 * Error measures of predicted against measured capacities.
 *
 * @param rmse root mean square error [C]
 * @param mae mean absolute error [C]
 * @param mape mean absolute percentage error, as a fraction [1]
 * @param r2 coefficient of determination 1 - SS_res/SS_tot over the compared cycles [1]
 */
public record Metrics(double rmse, double mae, double mape, double r2) {
    public static Metrics of(double[] measured, double[] predicted) {
        int n = measured.length;
        double mean = 0;
        for (double m : measured) {
            mean += m / n;
        }
        double squares = 0;
        double absolute = 0;
        double relative = 0;
        double total = 0;
        for (int k = 0; k < n; k++) {
            double e = predicted[k] - measured[k];
            squares += e * e;
            absolute += Math.abs(e);
            relative += Math.abs(e / measured[k]);
            total += (measured[k] - mean) * (measured[k] - mean);
        }
        return new Metrics(Math.sqrt(squares / n), absolute / n, relative / n, 1 - squares / total);
    }
}
