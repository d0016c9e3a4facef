package reconcile

// flow is a small Edmonds–Karp max-flow over integer capacities (hundredths
// of a point). Breadth-first search visits edges in insertion order, so the
// result is deterministic.
type flow struct {
	adj  [][]int // node -> edge indices
	to   []int
	cap  []int64 // residual capacity; edge i^1 is the reverse of edge i
	orig []int64
}

func newFlow(n int) *flow { return &flow{adj: make([][]int, n)} }

// add inserts an edge u->v and returns its index.
func (g *flow) add(u, v int, c int64) int {
	i := len(g.to)
	g.to = append(g.to, v, u)
	g.cap = append(g.cap, c, 0)
	g.orig = append(g.orig, c, 0)
	g.adj[u] = append(g.adj[u], i)
	g.adj[v] = append(g.adj[v], i+1)
	return i
}

// flowOn is the flow an edge carries.
func (g *flow) flowOn(i int) int64 { return g.orig[i] - g.cap[i] }

// maxflow pushes flow from s to t until no augmenting path is left.
func (g *flow) maxflow(s, t int) int64 {
	var total int64
	for {
		prev := make([]int, len(g.adj))
		for i := range prev {
			prev[i] = -1
		}
		queue := []int{s}
		seen := make([]bool, len(g.adj))
		seen[s] = true
		for len(queue) > 0 && !seen[t] {
			u := queue[0]
			queue = queue[1:]
			for _, e := range g.adj[u] {
				if v := g.to[e]; !seen[v] && g.cap[e] > 0 {
					seen[v], prev[v] = true, e
					queue = append(queue, v)
				}
			}
		}
		if !seen[t] {
			return total
		}
		push := int64(-1)
		for v := t; v != s; v = g.to[prev[v]^1] {
			if c := g.cap[prev[v]]; push < 0 || c < push {
				push = c
			}
		}
		for v := t; v != s; v = g.to[prev[v]^1] {
			g.cap[prev[v]] -= push
			g.cap[prev[v]^1] += push
		}
		total += push
	}
}
