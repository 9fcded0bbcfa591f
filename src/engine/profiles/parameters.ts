/**
 * Every parameter of the travel model, in one place.
 *
 * The travel graph (graph.bin) is built from these numbers at data-build time
 * (scripts/data/graph), so changing one means running `npm run data` again. The niveau limits
 * (niveaus.ts) are read at run time and are editable in the app.
 *
 * Speeds are over the straight line between origin and destination. A route over the hexagon
 * lattice zig-zags: between land cells 10–40 km apart the shortest lattice path is 1.12 times
 * the straight line (median, measured on the res-8 grid and on the res-7 bus zones; quartiles
 * 1.07 and 1.15). Every cycling and bus edge is therefore shortened by `latticeFactor`, so the
 * speeds and detour factors below mean what they say (the detour factor stands for streets
 * that do not run straight).
 *
 * Where the numbers come from: round figures from common Dutch practice (cycling speed as in
 * CROW/Fietsersbond planning figures; a streekbus averages 30–45 km/h on the road between
 * towns and 15–20 km/h inside them; main regional lines run every 10–30 minutes), not fitted
 * number by number to the validation journeys in test/fixtures/journeys.csv. They were
 * revised once after the first validation run (19 of 37 journeys within tolerance): the
 * waits for hourly services were capped (maxWaitMin, see rail), a 4-minute penalty on every
 * boarding became station access/egress (2 + 1 min) and a 3-minute penalty per change, rural bus headway went from 60 to 30 minutes,
 * bus speeds from 16–32 to 18–36 km/h, and the lattice correction (latticeFactor) was added
 * after the second run (29 of 37) showed every bus journey too slow. The validation report shows how far the model is
 * off now; buses on motorways (express lines such as the Afsluitdijk bus) remain too slow.
 */
export const TRAVEL_PARAMETERS = {
  /** Median lattice path over straight line, see above. */
  latticeFactor: 1.12,

  cycling: {
    /** Riding speed, km/h. A relaxed student pace including traffic lights. */
    speedKmh: 15,
    /** Street length over straight-line length. */
    detourFactor: 1.2,
  },

  bus: {
    /**
     * Effective bus speed over the straight line, km/h, including stops and the route's
     * detours. It depends on how many people live around the cell: buses crawl through towns
     * and run fast between villages. Interpolated on log(density) between the two anchors.
     */
    urbanSpeedKmh: 18,
    ruralSpeedKmh: 36,
    /**
     * Boarding wait (minutes) is half the headway (capped at maxWaitMin), plus a fixed access
     * time to the stop. Headway depends on the population density around the boarding cell:
     * 10 minutes in dense towns, 30 minutes in the countryside (the lines that link villages to
     * their regional centre mostly run every 15–30 minutes; hourly lines exist but students
     * ride the main ones), interpolated on log(density). Together with the absence of rail,
     * this is what makes travel in thinly populated regions (Zeeland, Drenthe, the Achterhoek,
     * rural Groningen) slower than in the Randstad; there is no national bus timetable to do
     * better.
     */
    urbanHeadwayMin: 10,
    ruralHeadwayMin: 30,
    /** Cap on the half-headway wait: see rail.maxWaitMin. */
    maxWaitMin: 10,
    /** Inhabitants per km² at or above which the urban figures apply. */
    urbanDensity: 3000,
    /** Inhabitants per km² at or below which the rural figures apply. */
    ruralDensity: 150,
    /** Walking to the stop and waiting margin, minutes, on every bus boarding. */
    accessMin: 3,
    /**
     * grid.bin holds 15–24 year olds per cell, not everybody: total inhabitants are estimated
     * as pop15_24 / youthShare (the Dutch 15–24 share is about 12 %, CBS 2023).
     */
    youthShare: 0.12,
    /** Density is averaged over the cell and its neighbours up to this many rings (≈ 2 km). */
    densityRings: 2,
    /**
     * Buses run between "bus zones", the H3 cells of this coarser resolution (res 7: about
     * 5 km², zone centres about 2.4 km apart), not between the fine grid cells; the wait is
     * that of the boarding cell. The way between a cell and its zone centre is not charged
     * (it errs both ways, by up to about 1.3 km per end). This cuts the graph (and the search
     * time) by 40 % compared with a bus node per grid cell, and regional buses do not stop
     * every 800 m anyway.
     */
    zoneResolution: 7,
  },

  rail: {
    /**
     * Boarding costs half the headway of the first rail section you ride (trains per hour
     * from the 2026 timetable graph, capped at maxWaitMin) plus the walk from the station
     * entrance to the platform; getting off costs the walk back out. Changing trains costs
     * the wait for the next train plus the transfer penalty (changing platforms, the risk of
     * a missed connection); riding through a station on the same train costs nothing.
     * The penalty may not exceed access + egress: otherwise leaving the station and entering
     * again would be a cheaper way to change trains (the graph build refuses such values).
     */
    accessMin: 2,
    egressMin: 1,
    transferPenaltyMin: 3,
    /**
     * Cap on the half-headway wait. Half the headway is the expected wait of somebody who
     * turns up at a random moment; nobody does that for a train or bus that runs every 30 or
     * 60 minutes, students plan their departure. So the wait is capped here (and for bus and
     * ferry); the time lost by arriving early at school is not counted.
     */
    maxWaitMin: 10,
    /**
     * A rail section whose straight-line speed exceeds this (km/h) is an error in the
     * timetable-derived graph (there are a few, e.g. 41 km in 0.5 minutes) and is skipped.
     */
    maxPlausibleSpeedKmh: 200,
    /** Trains per hour assumed when the timetable graph gives none. */
    defaultTrainsPerHour: 2,
    /** Stations further than this from a land cell centre cannot be boarded (foreign ones). */
    maxStationSnapKm: 2,
  },

  ferry: {
    /**
     * Waits are half the headway (from the departures column of major_ferries.csv, read as
     * the headway below), capped like rail. Crossing minutes come from the same file, except
     * where a fast ferry carries foot passengers in much less time (its notes say so).
     */
    maxWaitMin: 15,
    /** Headway in minutes per route, keyed by the `route` column of major_ferries.csv. */
    headwayMin: {
      'Vlissingen-Breskens': 60,
      'Den Helder-Texel': 60,
      'Harlingen-Terschelling': 120,
      'Harlingen-Vlieland': 180,
      'Holwerd-Ameland': 60,
      'Lauwersoog-Schiermonnikoog': 120,
    } as Record<string, number>,
    /** Foot-passenger fast ferry crossing minutes, from the notes column of major_ferries.csv. */
    fastCrossingMin: {
      'Harlingen-Terschelling': 45,
      'Harlingen-Vlieland': 45,
    } as Record<string, number>,
    /** Getting on board, minutes. */
    boardingMin: 3,
  },

  fixedLinks: {
    /** Road length over straight-line length on dams, bridges and tunnels (they run nearly straight). */
    detourFactor: 1.1,
    /** Bus speed on a fixed link, km/h: express stretches without stops. */
    busSpeedKmh: 60,
  },

  /** Snapping a point (terminal, link end, CLI coordinate) to the nearest land cell, km. */
  maxSnapKm: 2,
} as const;

/** The parameters' shape with plain number types, so tests and tools can pass variants. */
type Widen<T> = T extends number ? number : T extends object ? { readonly [K in keyof T]: Widen<T[K]> } : T;
export type TravelParameters = Widen<typeof TRAVEL_PARAMETERS>;
