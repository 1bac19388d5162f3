-- wrk script for uncached renders: the portal's render cache is keyed by the
-- whole query string and the handlers ignore parameters they do not know, so
-- a new "nocache" value per request makes every response a fresh render.

local counter = 0
local prefix

function init(args)
   math.randomseed(os.time())
   prefix = tostring(math.random(1, 1000000000))
end

function request()
   counter = counter + 1
   local sep = wrk.path:find("?", 1, true) and "&" or "?"
   return wrk.format(nil, wrk.path .. sep .. "nocache=" .. prefix .. "-" .. counter)
end
