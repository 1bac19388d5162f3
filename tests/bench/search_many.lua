-- wrk script for uncached searches: every request asks a different query, read
-- from the file named by BENCH_QUERIES (one /search path per line, built by
-- bench.py from generate.py's vocabulary), and carries a fresh "nocache" value,
-- so neither the render cache nor a repeated query answers it.

local queries = {}
local counter = 0
local prefix

function init(args)
   for line in io.lines(os.getenv("BENCH_QUERIES")) do
      if #line > 0 then
         queries[#queries + 1] = line
      end
   end
   math.randomseed(os.time())
   prefix = tostring(math.random(1, 1000000000))
end

function request()
   counter = counter + 1
   local path = queries[(counter - 1) % #queries + 1]
   return wrk.format("GET", path .. "&nocache=" .. prefix .. "-" .. counter)
end
