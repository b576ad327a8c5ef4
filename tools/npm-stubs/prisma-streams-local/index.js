throw new Error('@prisma/streams-local is not installed: it serves `prisma dev`, which needs Node 22 and is not used by Parallax.');
