//! The Alliance view's pages that are components of their own: the network's shape and the
//! agreements.

#[cfg_attr(
    not(test),
    expect(
        dead_code,
        reason = "the Alliance view, built on another branch, shows it"
    )
)]
pub(crate) mod agreements;
#[cfg_attr(
    not(test),
    expect(
        dead_code,
        reason = "the Alliance view, built on another branch, shows it"
    )
)]
pub(crate) mod network_step;
