# unsupported: async line 2
async def fetch():
    return 1
