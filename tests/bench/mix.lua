-- wrk script: cycles through the public pages the bench measures, so the
-- top-up to 100,000 requests (for the RSS check) is the same mix. bench.py
-- passes the paths (they name the generated agency) in BENCH_PATHS.

local paths = {}
for path in string.gmatch(os.getenv("BENCH_PATHS") or "/", "%S+") do
   paths[#paths + 1] = path
end
local i = 0

function request()
   i = i % #paths + 1
   return wrk.format("GET", paths[i])
end
