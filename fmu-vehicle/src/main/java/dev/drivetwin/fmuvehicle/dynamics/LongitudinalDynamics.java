package dev.drivetwin.fmuvehicle.dynamics;

import dev.drivetwin.fmuvehicle.VehicleError;
import dev.drivetwin.fmuvehicle.VehicleException;
import org.hipparchus.analysis.UnivariateFunction;
import org.hipparchus.analysis.solvers.BracketedUnivariateSolver;
import org.hipparchus.analysis.solvers.BracketingNthOrderBrentSolver;
import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.events.Action;
import org.hipparchus.ode.events.AdaptableInterval;
import org.hipparchus.ode.events.ODEEventDetector;
import org.hipparchus.ode.events.ODEEventHandler;
import org.hipparchus.ode.nonstiff.ClassicalRungeKuttaIntegrator;

/**
 * Forward longitudinal motion of a vehicle (Ehsani et al., Modern Electric, Hybrid Electric and Fuel Cell
 * Vehicles, 3rd ed., 2018, chapter 2; Guzzella and Sciarretta, Vehicle Propulsion Systems, 3rd ed., chapter 2):
 * <pre>
 *   δ·m·dv/dt = F_wheel − F_brake − F_roll − F_aero − F_grade,   dx/dt = v
 * </pre>
 * with F_wheel from the motor torque through the {@link Driveline}, F_brake the friction brake force and the road
 * load of {@link RoadLoad}. Besides speed and distance the state carries the energies that close the balance
 * W_wheel = ΔE_kin + E_roll + E_aero + E_grade + E_brake, each the integral of its force times v.
 *
 * <p>Each {@link #step} holds the inputs constant and integrates with Hipparchus' classical fourth-order
 * Runge-Kutta method, in substeps no longer than the maximum internal step. The vehicle only moves forward:
 * an event (v = 0 while decelerating) stops it, and at rest it stays until the wheel force exceeds grade,
 * rolling and brake forces together (brakes and tyres then hold it, as a driver on the brake pedal would).
 * Not thread-safe: one instance per simulated vehicle.
 */
public final class LongitudinalDynamics {
    /** State indices. */
    static final int SPEED = 0;
    static final int DISTANCE = 1;
    static final int WHEEL_WORK = 2;
    static final int ROLLING_LOSS = 3;
    static final int AERODYNAMIC_LOSS = 4;
    static final int GRADE_WORK = 5;
    static final int BRAKE_LOSS = 6;
    private static final int DIMENSION = 7;
    /** Event location accuracy [s]; far below any step a co-simulation uses. */
    private static final double EVENT_THRESHOLD = 1e-12;

    private final VehicleParameters parameters;
    private final RoadLoad roadLoad;
    private final Driveline driveline;
    private final double equivalentMass;
    private final double maxInternalStep;
    private final Motion motion = new Motion();
    private final StopDetector stop = new StopDetector();
    private ClassicalRungeKuttaIntegrator integrator;
    private double integratorStep = Double.NaN;
    private double[] state = new double[DIMENSION];

    /**
     * @param parameters       the vehicle
     * @param maxInternalStep  longest Runge-Kutta substep [s], &gt; 0; a step of h is split into ⌈h / max⌉ equal
     *                         substeps
     */
    public LongitudinalDynamics(VehicleParameters parameters, double maxInternalStep) {
        if (!(maxInternalStep > 0)) {
            throw new VehicleException(VehicleError.NOT_POSITIVE, "longitudinal dynamics", "maxInternalStep",
                    maxInternalStep);
        }
        this.parameters = parameters;
        this.roadLoad = new RoadLoad(parameters);
        this.driveline = new Driveline(parameters);
        this.equivalentMass = parameters.equivalentMass();
        this.maxInternalStep = maxInternalStep;
    }

    public VehicleParameters parameters() {
        return parameters;
    }

    public RoadLoad roadLoad() {
        return roadLoad;
    }

    public Driveline driveline() {
        return driveline;
    }

    /** Sets speed [m/s] (≥ 0) and clears distance and every energy. */
    public void reset(double initialSpeed) {
        if (!(initialSpeed >= 0) || Double.isInfinite(initialSpeed)) {
            throw new VehicleException(VehicleError.OUT_OF_RANGE, "longitudinal dynamics", "initialSpeed",
                    initialSpeed, "[0, inf) m/s");
        }
        state = new double[DIMENSION];
        state[SPEED] = initialSpeed;
    }

    /**
     * Advances by h [s] with the inputs held constant.
     *
     * @param h                   step [s], &gt; 0
     * @param motorTorque         torque the motor delivers at its shaft [N·m], positive driving
     * @param frictionBrakeForce  friction brake force at the wheels [N], ≥ 0
     * @param grade               road grade angle [rad], positive uphill, |θ| &lt; π/2
     */
    public void step(double h, double motorTorque, double frictionBrakeForce, double grade) {
        if (!(h > 0)) {
            throw new VehicleException(VehicleError.NOT_POSITIVE, "longitudinal dynamics", "step", h);
        }
        if (!(frictionBrakeForce >= 0) || Double.isInfinite(frictionBrakeForce)) {
            throw new VehicleException(VehicleError.OUT_OF_RANGE, "longitudinal dynamics", "frictionBrakeForce",
                    frictionBrakeForce, "[0, inf) N");
        }
        if (!(Math.abs(grade) < Math.PI / 2)) {
            throw new VehicleException(VehicleError.OUT_OF_RANGE, "longitudinal dynamics", "grade", grade,
                    "(-pi/2, pi/2) rad");
        }
        if (!Double.isFinite(motorTorque)) {
            throw new VehicleException(VehicleError.OUT_OF_RANGE, "longitudinal dynamics", "motorTorque",
                    motorTorque, "finite N.m");
        }
        motion.set(driveline.wheelForce(motorTorque), frictionBrakeForce, grade);
        if (state[SPEED] <= 0 && !motion.canStart()) {
            state[SPEED] = 0;
            return; // held at rest: no force does work
        }
        int substeps = Math.max(1, (int) Math.ceil(h / maxInternalStep - 1e-9));
        double substep = h / substeps;
        if (substep != integratorStep) {
            integrator = new ClassicalRungeKuttaIntegrator(substep);
            integrator.addEventDetector(stop);
            integratorStep = substep;
        }
        ODEStateAndDerivative end = integrator.integrate(motion, new ODEState(0, state), h);
        state = end.getPrimaryState();
        if (end.getTime() < h || state[SPEED] < 0) {
            // the stop event ended the step early: it is located to EVENT_THRESHOLD, which leaves a speed of
            // round-off size on either side of zero
            state[SPEED] = 0;
        }
        // If the stop event ended the integration early, the vehicle stays at rest for the rest of the step:
        // it was decelerating at v = 0 under constant inputs, so it cannot start again.
    }

    /** Vehicle speed [m/s]. */
    public double speed() {
        return state[SPEED];
    }

    /** Distance travelled since reset [m]. */
    public double distance() {
        return state[DISTANCE];
    }

    /** Work done by the driveline at the wheels since reset [J] (negative while regenerating). */
    public double wheelWork() {
        return state[WHEEL_WORK];
    }

    /** Energy dissipated by rolling resistance since reset [J]. */
    public double rollingLoss() {
        return state[ROLLING_LOSS];
    }

    /** Energy dissipated by aerodynamic drag since reset [J]. */
    public double aerodynamicLoss() {
        return state[AERODYNAMIC_LOSS];
    }

    /** Potential energy gained on grades since reset [J]. */
    public double gradeWork() {
        return state[GRADE_WORK];
    }

    /** Energy dissipated by the friction brakes since reset [J]. */
    public double brakeLoss() {
        return state[BRAKE_LOSS];
    }

    /** Kinetic energy ½·δ·m·v² [J], rotating parts included. */
    public double kineticEnergy() {
        return 0.5 * equivalentMass * state[SPEED] * state[SPEED];
    }

    /** The full state (a copy), for saving; see {@link #restore}. */
    public double[] state() {
        return state.clone();
    }

    /** Restores a state returned by {@link #state}. */
    public void restore(double[] saved) {
        if (saved.length != DIMENSION) {
            throw new VehicleException(VehicleError.OUT_OF_RANGE, "longitudinal dynamics", "state length",
                    saved.length, "{" + DIMENSION + "}");
        }
        state = saved.clone();
    }

    /** The equations of motion with the step's inputs. */
    private final class Motion implements OrdinaryDifferentialEquation {
        private double wheelForce;
        private double brakeForce;
        private double rolling;
        private double gradeForce;

        void set(double wheel, double brake, double grade) {
            this.wheelForce = wheel;
            this.brakeForce = brake;
            this.rolling = roadLoad.rollingResistance(grade);
            this.gradeForce = roadLoad.gradeResistance(grade);
        }

        boolean canStart() {
            return wheelForce - gradeForce > rolling + brakeForce;
        }

        @Override
        public int getDimension() {
            return DIMENSION;
        }

        @Override
        public double[] computeDerivatives(double t, double[] y) {
            double v = y[SPEED];
            double aero = roadLoad.aerodynamicDrag(v);
            double[] dy = new double[DIMENSION];
            dy[SPEED] = (wheelForce - brakeForce - rolling - aero - gradeForce) / equivalentMass;
            dy[DISTANCE] = v;
            dy[WHEEL_WORK] = wheelForce * v;
            dy[ROLLING_LOSS] = rolling * v;
            dy[AERODYNAMIC_LOSS] = aero * v;
            dy[GRADE_WORK] = gradeForce * v;
            dy[BRAKE_LOSS] = brakeForce * v;
            return dy;
        }
    }

    /** Stops the integration when the speed falls to zero. */
    private static final class StopDetector implements ODEEventDetector {
        private final BracketedUnivariateSolver<UnivariateFunction> solver =
                new BracketingNthOrderBrentSolver(EVENT_THRESHOLD, 5);
        private final ODEEventHandler handler = (state, detector, increasing) ->
                increasing ? Action.CONTINUE : Action.STOP;

        @Override
        public AdaptableInterval getMaxCheckInterval() {
            return AdaptableInterval.of(Double.POSITIVE_INFINITY);
        }

        @Override
        public int getMaxIterationCount() {
            return 100;
        }

        @Override
        public BracketedUnivariateSolver<UnivariateFunction> getSolver() {
            return solver;
        }

        @Override
        public ODEEventHandler getHandler() {
            return handler;
        }

        @Override
        public double g(ODEStateAndDerivative s) {
            return s.getPrimaryState()[SPEED];
        }
    }
}
