use scanner::{Frame, Rect};

#[test]
fn colour_formats_become_luma_once() {
    // Pure red, green, blue, white in RGB and BGR.
    let rgb = [255, 0, 0, 0, 255, 0, 0, 0, 255, 255, 255, 255];
    let f = Frame::from_packed(4, 1, &rgb, 3, false).unwrap();
    assert_eq!(f.luma(), &[77, 149, 29, 255]);
    let bgr = [0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 255];
    assert_eq!(Frame::from_packed(4, 1, &bgr, 3, true).unwrap().luma(), f.luma());
    // YUYV: Y0 U Y1 V; the Y bytes are the luma.
    let yuyv = [10, 128, 20, 128, 30, 128, 40, 128];
    assert_eq!(Frame::from_yuyv(4, 1, &yuyv).unwrap().luma(), &[10, 20, 30, 40]);
    let nv12 = [1, 2, 3, 4, 5, 6, 7, 8, 128, 128, 128, 128];
    assert_eq!(Frame::from_nv12(4, 2, &nv12).unwrap().luma(), &[1, 2, 3, 4, 5, 6, 7, 8]);
}

#[test]
fn wrong_sizes_are_errors_not_panics() {
    assert!(Frame::from_luma(4, 4, vec![0; 15]).is_err());
    assert!(Frame::from_luma(0, 4, vec![]).is_err());
    assert!(Frame::from_packed(2, 2, &[0; 11], 3, false).is_err());
    assert!(Frame::from_yuyv(4, 4, &[0; 8]).is_err());
    assert!(Frame::from_encoded(b"not an image").is_err());
}

#[test]
fn downscale_averages_blocks_and_crop_clips() {
    let luma: Vec<u8> = (0..16).map(|i| i * 10).collect();
    let f = Frame::from_luma(4, 4, luma).unwrap();
    let half = f.downscaled(2);
    assert_eq!((half.width(), half.height()), (2, 2));
    // Block (0,0): 0,10,40,50 → 25.
    assert_eq!(half.luma(), &[25, 45, 105, 125]);
    let crop = f.cropped(Rect { x: 2, y: 3, w: 10, h: 10 }).unwrap();
    assert_eq!((crop.width(), crop.height()), (2, 1));
    assert_eq!(crop.luma(), &[140, 150]);
    assert!(f.cropped(Rect { x: 9, y: 0, w: 2, h: 2 }).is_none());
}

#[test]
fn rect_helpers() {
    let r = Rect::bounding(&[(10.0, 20.0), (30.0, 25.0), (f32::NAN, 0.0)], 100, 100).unwrap();
    assert_eq!(r, Rect { x: 10, y: 20, w: 20, h: 5 });
    assert_eq!(r.grown(0.5, 100, 100), Rect { x: 0, y: 18, w: 40, h: 9 });
    assert_eq!(r.with_min_height(10, 100).h, 10);
    assert!(Rect::bounding(&[], 10, 10).is_none());
    // A 1D code's end points make a line: one pixel thick, not nothing.
    let line = Rect::bounding(&[(10.0, 20.0), (30.0, 20.0)], 100, 100).unwrap();
    assert_eq!(line, Rect { x: 10, y: 20, w: 20, h: 1 });
    let upright = Rect::bounding(&[(7.0, 5.0), (7.0, 45.0)], 100, 100).unwrap();
    assert_eq!(upright, Rect { x: 7, y: 5, w: 1, h: 40 });
    assert!(Rect::bounding(&[(100.0, 5.0)], 100, 100).is_none(), "outside the frame");
}

#[test]
fn downscale_of_every_factor_matches_the_plain_block_mean() {
    // Factors 2–4 take the const-generic path, 5 the general one; widths that do not
    // divide drop the last partial block, as before.
    let (w, h) = (23u32, 17u32);
    let luma: Vec<u8> = (0..w * h).map(|i| ((i * 37 + i / 7) % 256) as u8).collect();
    let f = Frame::from_luma(w, h, luma.clone()).unwrap();
    for factor in 2..=5u32 {
        let small = f.downscaled(factor);
        let (sw, sh) = (w / factor, h / factor);
        assert_eq!((small.width(), small.height()), (sw, sh), "factor {factor}");
        for oy in 0..sh {
            for ox in 0..sw {
                let mut sum = 0u32;
                for y in oy * factor..oy * factor + factor {
                    for x in ox * factor..ox * factor + factor {
                        sum += u32::from(luma[(y * w + x) as usize]);
                    }
                }
                let want = (sum / (factor * factor)) as u8;
                assert_eq!(
                    small.luma()[(oy * sw + ox) as usize],
                    want,
                    "factor {factor} ({ox},{oy})"
                );
            }
        }
    }
}

#[test]
fn sampled_rows_and_columns_keep_full_resolution_along_the_line() {
    let luma: Vec<u8> = (0..20).collect(); // 5 wide, 4 high
    let f = Frame::from_luma(5, 4, luma).unwrap();
    let rows = f.rows_sampled(2);
    assert_eq!((rows.width(), rows.height()), (5, 2));
    assert_eq!(rows.luma(), &[0, 1, 2, 3, 4, 10, 11, 12, 13, 14]);
    // Columns 0, 3 become rows, read top to bottom.
    let cols = f.columns_sampled(3);
    assert_eq!((cols.width(), cols.height()), (4, 2));
    assert_eq!(cols.luma(), &[0, 5, 10, 15, 3, 8, 13, 18]);
    // Stride 1 keeps everything (columns_sampled transposes).
    assert_eq!(f.rows_sampled(1).luma(), f.luma());
    let t = f.columns_sampled(1);
    assert_eq!((t.width(), t.height()), (4, 5));
    assert_eq!(t.luma()[1], 5);
}
