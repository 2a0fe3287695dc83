// The simulated desktop's finesse.js (being written).
