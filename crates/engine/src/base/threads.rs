//! Work split over the machine's cores (native builds only: the wasm has one thread).

/// `each` applied to every item of `runs`, each run on a scoped thread of its own, the results
/// in the items' order. A panic on a thread is a bug; it is carried to the caller as it was.
pub fn map_runs<T: Send, U: Send>(runs: Vec<Vec<T>>, each: impl Fn(T) -> U + Sync) -> Vec<U> {
    let each = &each;
    std::thread::scope(|scope| {
        let handles: Vec<_> = runs
            .into_iter()
            .map(|run| scope.spawn(move || run.into_iter().map(each).collect::<Vec<U>>()))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| match h.join() {
                Ok(done) => done,
                Err(panic) => std::panic::resume_unwind(panic),
            })
            .collect()
    })
}

/// Cores this machine offers (1 when it cannot tell).
pub fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_back_in_the_items_order() {
        let runs = vec![vec![1, 2, 3], vec![], vec![4], vec![5, 6]];
        assert_eq!(map_runs(runs, |x| x * 10), vec![10, 20, 30, 40, 50, 60]);
    }
}
